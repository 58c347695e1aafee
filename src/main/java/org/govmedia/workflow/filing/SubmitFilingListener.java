package org.govmedia.workflow.filing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.account.FilingEvent;
import org.govmedia.workflow.process.Actor;
import org.govmedia.workflow.process.ProcessVariables;
import org.govmedia.workflow.process.RefusedInput;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code submit-filing}: the annex-1 fields (leader in charge, reviewer, publisher,
 * each name, title, phone) are all there and well-formed, else "Invalid <field>" and the task stays
 * open; records who submitted and when first ({@code firstSubmittedAt}: the filing deadline binds
 * this submission). An opening filing submitted ends the unfiled mark: a late submission is a late
 * filing, not an unfiled account (gaoxian 7(3) 未向主管单位备案私自开设).
 */
@Component("submitFilingListener")
public class SubmitFilingListener implements TaskListener {

  private final AccountValidator validator;
  private final AccountRegister register;

  public SubmitFilingListener(AccountValidator validator, AccountRegister register) {
    this.validator = validator;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      validator.completePeople(FilingPeople.flat(task.getVariables()));
    } catch (BadRequestException e) {
      throw RefusedInput.forClerk(e);
    }
    task.setVariable(FilingVariables.SUBMITTED_BY, Actor.current());
    if (!task.getExecution().hasVariable(FilingVariables.FIRST_SUBMITTED_AT)) {
      task.getExecution().getProcessInstance().setVariable(FilingVariables.FIRST_SUBMITTED_AT,
          ClockUtil.getCurrentTime());
    }
    if (FilingEvent.OPEN.name().equals(task.getVariable(FilingVariables.FILING_EVENT))) {
      register.markUnfiled(task.getVariable(ProcessVariables.ACCOUNT_ID), false);
    }
  }
}
