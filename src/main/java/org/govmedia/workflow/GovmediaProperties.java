package org.govmedia.workflow;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The application's own settings ({@code govmedia.*} in application.yaml).
 *
 * @param demoData create the demo users (README, "Users and what each sees") (default profile and tests only)
 * @param defaultRuleSet the rule set a process uses when its start names none
 * @param zone the time zone every deadline is computed in
 * @param admin the administrator created at start-up (password from the environment under postgres)
 */
@ConfigurationProperties(prefix = "govmedia")
public record GovmediaProperties(boolean demoData, String defaultRuleSet, String zone, Admin admin) {

  public record Admin(String user, String password) {}
}
