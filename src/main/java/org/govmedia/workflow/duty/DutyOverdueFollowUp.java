package org.govmedia.workflow.duty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.govmedia.workflow.process.OverdueFollowUp;
import org.springframework.stereotype.Component;

/**
 * 值班逾期 A duty deadline passed (the roster not set in time, or a day's check not done by the end
 * of its day): besides {@code overdue=true} on the instance, inside a duty day also
 * {@code checkOverdue=true} for that day. The task itself stays open.
 */
@Component
public class DutyOverdueFollowUp implements OverdueFollowUp {

  @Override
  public String processKey() {
    return DutyVariables.PROCESS_KEY;
  }

  @Override
  public void overdue(DelegateExecution execution, String flag) {
    if (execution.hasVariable(DutyVariables.CHECK_OVERDUE)) {
      execution.setVariable(DutyVariables.CHECK_OVERDUE, true);
    }
  }
}
