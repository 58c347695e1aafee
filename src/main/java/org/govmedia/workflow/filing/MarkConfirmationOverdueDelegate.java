package org.govmedia.workflow.filing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 确认逾期 The supervising office's confirmation passed its own due date: {@code
 * confirmationOverdue=true} on the instance. The unit's {@code overdue} and the account's unfiled
 * mark are not touched: the deadline binds the unit's submission only.
 */
@Component("markConfirmationOverdueDelegate")
public class MarkConfirmationOverdueDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(FilingVariables.CONFIRMATION_OVERDUE, true);
  }
}
