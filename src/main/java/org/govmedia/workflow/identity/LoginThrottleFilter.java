package org.govmedia.workflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.govmedia.workflow.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of every login: HTTP basic on {@code /engine-rest},
 * {@code /api} and {@code /actuator}, and the webapps' login form
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}). An address that must wait gets
 * 429 with Retry-After, and its attempt never reaches the password check; an attempt answered 401 is
 * a failure of its address. The address is the servlet's remote address: the TCP peer, or the
 * client a trusted proxy names in X-Forwarded-For only where {@code server.forward-headers-strategy}
 * is set (Tomcat's RemoteIpValve and its internal-proxies list decide whom to believe).
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Pattern API = Pattern.compile("^/(engine-rest|api|actuator)(/.*)?$");
  private static final Pattern WEBAPP_LOGIN =
      Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?$");

  private final LoginThrottle throttle;
  private final ObjectMapper json;

  public LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
    this.throttle = throttle;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      return false;
    }
    String authorization = request.getHeader("Authorization");
    return authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)
        || !API.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(address);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", Long.toString(seconds));
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      json.writeValue(response.getOutputStream(), new ApiError(429, "Too Many Requests", null,
          "登录失败次数过多，请 " + seconds + " 秒后再试"));
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(address);
    }
  }
}
