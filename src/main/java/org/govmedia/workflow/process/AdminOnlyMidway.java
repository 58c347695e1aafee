package org.govmedia.workflow.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * 只有管理员从中途启动流程 Nobody but an administrator starts a process midway: a command that
 * {@link MidwayCommands} names, run on behalf of an authenticated user who is neither in an
 * administrator group nor an administrator user of the engine, is refused with an
 * {@link AuthorizationException} (403 on /engine-rest and on the webapps' REST alike) before it
 * runs, so it leaves nothing behind. Sits in front of every command of the engine, whatever the
 * path (REST, Tasklist, Java API). Engine work without an authentication (jobs, timers, the
 * application's own calls through {@code AsApplication}) is not concerned.
 */
public class AdminOnlyMidway extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;

  public AdminOnlyMidway(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
    if (caller != null && !isAdministrator(configuration, caller)) {
      Optional<String> midway = MidwayCommands.describe(command);
      if (midway.isPresent()) {
        throw new AuthorizationException("仅管理员可进行此操作：" + midway.get() + "。Only an administrator "
            + "may start a process midway, modify, restart or migrate an instance, or skip its "
            + "listeners or input/output mappings (user " + caller.getUserId() + ").");
      }
    }
    return next.execute(command);
  }

  /** Whether the caller is an administrator of the engine: one of its admin users or in an admin group. */
  public static boolean isAdministrator(ProcessEngineConfigurationImpl configuration, Authentication caller) {
    List<String> adminUsers = configuration.getAdminUsers();
    if (adminUsers != null && caller.getUserId() != null && adminUsers.contains(caller.getUserId())) {
      return true;
    }
    List<String> groups = caller.getGroupIds();
    List<String> adminGroups = configuration.getAdminGroups();
    return groups != null && adminGroups != null && groups.stream().anyMatch(adminGroups::contains);
  }
}
