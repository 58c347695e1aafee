package org.govmedia.workflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The record is one click away: a user signed in to Tasklist (Camunda's webapp login, kept in the
 * HTTP session) opens the application's pages under {@code /api} without a second, HTTP-basic
 * login. Only reads (GET, HEAD) ride on the session: a write still needs HTTP basic, so a forged
 * cross-site request that carries the session cookie changes nothing (CSRF). A request with its
 * own Authorization header is left to HTTP basic; /engine-rest and /actuator keep HTTP basic only. The user's groups are read from the engine on
 * every request, so a removed membership or user counts at once.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

  private final IdentityService identity;

  public WebappSessionAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String userId = webappUser(request);
    if (userId != null) {
      List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list()
          .stream().map(Group::getId).map(SimpleGrantedAuthority::new).toList();
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, groups));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  private String webappUser(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith("/api/") || !SAFE_METHODS.contains(request.getMethod())
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return null;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
      return null;
    }
    String userId = user.getIdentityId();
    return userId != null && identity.createUserQuery().userId(userId).count() == 1 ? userId : null;
  }
}
