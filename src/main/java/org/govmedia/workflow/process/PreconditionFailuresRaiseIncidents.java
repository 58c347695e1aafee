package org.govmedia.workflow.process;

import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * How the engine handles a failed job: a {@link MissingPrecondition} takes the job's retries to 0
 * at its first failure, which raises the incident in Cockpit at once, whatever the step's
 * {@code failedJobRetryTimeCycle}; every other failure keeps the engine's own handling (the
 * step's retry cycle, e.g. R3/PT5M for a publication a closed account blocks).
 */
public class PreconditionFailuresRaiseIncidents implements FailedJobCommandFactory {

  private final FailedJobCommandFactory standard;

  public PreconditionFailuresRaiseIncidents(FailedJobCommandFactory standard) {
    this.standard = standard;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    return MissingPrecondition.causes(exception) ? new IncidentAtOnce(jobId, exception)
        : standard.getCommand(jobId, exception);
  }

  /** The engine's retry command, except that the first failure leaves no retry. */
  static final class IncidentAtOnce extends DefaultJobRetryCmd {

    IncidentAtOnce(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    @Override
    protected void decrementRetries(JobEntity job) {
      job.setRetries(0);
    }
  }
}
