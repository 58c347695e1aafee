package org.govmedia.workflow.filing;

import static org.govmedia.workflow.filing.FilingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.FilingEvent;
import org.springframework.stereotype.Component;

/**
 * 逾期未备案 The filing deadline passed before the unit ever submitted (the process only comes here
 * then): {@code overdue=true} on the instance (Cockpit filters on it). An account whose opening
 * filing was never submitted is open without filing: it is marked unfiled (gaoxian 7(3)
 * 未向主管单位备案私自开设) until the unit submits.
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
