package org.govmedia.workflow.account;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 不予开设 The main leader refused: the planned account is never opened, PLANNED -> CLOSED with the
 * leader's reason in the history (a refused plan does not linger as PLANNED in the register).
 */
@Component("refuseOpeningDelegate")
public class RefuseOpeningDelegate implements JavaDelegate {

  private final AccountRegister register;

  public RefuseOpeningDelegate(AccountRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.changeStatus(execution.getVariable("accountId"), AccountStatus.CLOSED,
        (String) execution.getVariable("decidedBy"),
        "开设未获批准 Opening refused: " + execution.getVariable("refusalReason"));
  }
}
