package org.govmedia.workflow.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.springframework.stereotype.Component;

/**
 * Adds this application's guards to the engine, once for every process: {@link AdminOnlyMidway}
 * in front of every command (in and outside a transaction), and
 * {@link PreconditionFailuresRaiseIncidents} as the handling of failed jobs.
 */
@Component
public class ProcessGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // One guard per chain: an interceptor knows the next one of its chain.
    configuration.setCustomPreCommandInterceptorsTxRequired(withFirst(new AdminOnlyMidway(configuration),
        configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(withFirst(new AdminOnlyMidway(configuration),
        configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    configuration.setFailedJobCommandFactory(new PreconditionFailuresRaiseIncidents(
        configuration.getFailedJobCommandFactory() != null ? configuration.getFailedJobCommandFactory()
            : new DefaultFailedJobCommandFactory()));
  }

  private static List<CommandInterceptor> withFirst(CommandInterceptor first, List<CommandInterceptor> others) {
    List<CommandInterceptor> all = new ArrayList<>();
    all.add(first);
    if (others != null) {
      all.addAll(others);
    }
    return all;
  }
}
