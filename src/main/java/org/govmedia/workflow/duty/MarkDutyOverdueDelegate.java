package org.govmedia.workflow.duty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 值班逾期 A duty deadline passed (the roster not set in time, or a day's check not done by the end
 * of its day): {@code overdue=true} on the instance (Cockpit filters on it); inside a duty day also
 * {@code checkOverdue=true} for that day. The task itself stays open.
 */
@Component("markDutyOverdueDelegate")
public class MarkDutyOverdueDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(DutyVariables.OVERDUE, true);
    if (execution.hasVariable(DutyVariables.CHECK_OVERDUE)) {
      execution.setVariable(DutyVariables.CHECK_OVERDUE, true);
    }
  }
}
