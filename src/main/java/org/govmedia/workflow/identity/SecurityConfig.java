package org.govmedia.workflow.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. The APIs ({@code /engine-rest/**}, {@code /api/**}, {@code /actuator/**}) take
 * HTTP basic against Camunda's users: 401 without or with wrong credentials, 403 where the role
 * does not allow it, and the engine's own authorization checks on top. The webapps keep their own
 * login and their own CSRF protection (Camunda's CsrfPreventionFilter); Spring Security adds only
 * the usual security headers there.
 */
@Configuration
public class SecurityConfig {

  private static final String ADMIN = Role.ADMIN_GROUP;

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      ProcessEngine engine) throws Exception {
    http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**"), path("/actuator/**")))
        .authorizeHttpRequests(authorize -> authorize
            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasAnyAuthority(ADMIN, Role.SUPERVISORS.groupId())
            .requestMatchers(HttpMethod.GET, "/api/calendar/**").authenticated()
            .requestMatchers("/api/calendar/**").hasAuthority(ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/screening/**").authenticated()
            // The screening of a text: those who write and review items.
            .requestMatchers(HttpMethod.POST, "/api/screening/check").hasAnyAuthority(Role.EDITORS.groupId(),
                Role.FIRST_REVIEWERS.groupId(), Role.SECOND_REVIEWERS.groupId(), Role.FINAL_APPROVERS.groupId(),
                Role.MAIN_LEADERS.groupId(), ADMIN)
            .requestMatchers("/api/screening/**").hasAuthority(ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/accounts/**", "/api/accounts").authenticated()
            .requestMatchers("/api/accounts/**", "/api/accounts").hasAnyAuthority(
                Role.ACCOUNT_ADMINS.groupId(), Role.SUPERVISORS.groupId(), ADMIN)
            .requestMatchers("/api/reports/**").hasAnyAuthority(Role.SUPERVISORS.groupId(), ADMIN)
            .requestMatchers("/api/overdue", "/api/overdue/**").hasAnyAuthority(Role.SUPERVISORS.groupId(), ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/duty/**").authenticated()
            .requestMatchers("/api/duty/**").hasAnyAuthority(Role.SUPERVISORS.groupId(), ADMIN)
            .requestMatchers("/api/units/**").hasAnyAuthority(Role.SUPERVISORS.groupId(), ADMIN)
            .requestMatchers("/api/dashboard", "/api/dashboard/**").hasAnyAuthority(
                Role.SUPERVISORS.groupId(), ADMIN)
            .anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .authenticationProvider(provider)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Basic-auth APIs carry no cookies, so there is no session for CSRF to ride on.
        .csrf(AbstractHttpConfigurer::disable)
        .addFilterAfter(new EngineAuthenticationFilter(engine.getIdentityService()),
            AuthorizationFilter.class)
        // Pages under /api open for a user signed in to the webapps (reads only; README "REST").
        .addFilterBefore(new WebappSessionAuthenticationFilter(engine.getIdentityService()),
            BasicAuthenticationFilter.class);
    return http.build();
  }

  /** Matches the request path whichever servlet serves it (Jersey serves /engine-rest). */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
        // Camunda's webapps run their own CSRF prevention filter on /camunda/api/**.
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin));
    return http.build();
  }
}
