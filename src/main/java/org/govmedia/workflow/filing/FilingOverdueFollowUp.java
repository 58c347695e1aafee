package org.govmedia.workflow.filing;

import static org.govmedia.workflow.filing.FilingVariables.*;
import static org.govmedia.workflow.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.FilingEvent;
import org.govmedia.workflow.process.OverdueFollowUp;
import org.springframework.stereotype.Component;

/**
 * 逾期未备案 The filing deadline passed before the unit ever submitted (flag {@code overdue}; the
 * process only comes there then): an account whose opening filing was never submitted is open
 * without filing, so it is marked unfiled (gaoxian 7(3) 未向主管单位备案私自开设) until the unit
 * submits. The office's late confirmation (flag {@code confirmationOverdue}) only sets its flag.
 */
@Component
public class FilingOverdueFollowUp implements OverdueFollowUp {

  private final AccountRegister register;

  public FilingOverdueFollowUp(AccountRegister register) {
    this.register = register;
  }

  @Override
  public String processKey() {
    return FilingStarter.PROCESS_KEY;
  }

  @Override
  public void overdue(DelegateExecution execution, String flag) {
    if (OVERDUE.equals(flag) && FilingEvent.OPEN.name().equals(execution.getVariable(FILING_EVENT))) {
      register.markUnfiled(execution.getVariable(ACCOUNT_ID), true);
    }
  }
}
