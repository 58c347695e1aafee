package org.govmedia.workflow.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks an HTTP basic user against Camunda's identity service, the same users the webapps know;
 * the user's Camunda groups become its authorities.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  public CamundaIdentityAuthenticationProvider(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || credentials == null
        || !identity.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("wrong user or password");
    }
    List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
