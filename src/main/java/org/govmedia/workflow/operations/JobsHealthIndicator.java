package org.govmedia.workflow.operations;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The asynchronous work of this node and the cluster: whether this node's job executor runs, how
 * many jobs are due and waiting (a backlog that grows means no node is executing), and how many
 * failed for good (incidents waiting for an operator in Cockpit).
 */
@Component("jobs")
public class JobsHealthIndicator implements HealthIndicator {

  private final ProcessEngine engine;
  private final boolean enabled;

  public JobsHealthIndicator(ProcessEngine engine,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
    this.engine = engine;
    this.enabled = enabled;
  }

  @Override
  public Health health() {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean active = executor != null && executor.isActive();
    var jobs = engine.getManagementService();
    long dueAMinuteAgo = jobs.createJobQuery().executable()
        .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() - 60_000)).count();
    long failed = jobs.createJobQuery().noRetriesLeft().count();
    Health.Builder health = enabled && !active ? Health.down() : Health.up();
    return health.withDetail("executorEnabled", enabled).withDetail("executorActive", active)
        .withDetail("jobsDueForOverAMinute", dueAMinuteAgo).withDetail("failedJobs", failed).build();
  }
}
