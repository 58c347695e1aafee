package org.govmedia.workflow.filing;

import static org.govmedia.workflow.filing.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.FilingEvent;
import org.springframework.stereotype.Component;

/**
 * 逾期未备案 The filing deadline passed: {@code overdue=true} on the instance (Cockpit filters on it);
 * an overdue OPEN filing marks the account unfiled until it is confirmed (gaoxian 7(3)).
 */
@Component("markFilingOverdueDelegate")
public class MarkFilingOverdueDelegate implements JavaDelegate {

  private final AccountRegister register;

  public MarkFilingOverdueDelegate(AccountRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(OVERDUE, true);
    if (FilingEvent.OPEN.name().equals(execution.getVariable(FILING_EVENT))) {
      register.markUnfiled(execution.getVariable(ACCOUNT_ID), true);
    }
  }
}
