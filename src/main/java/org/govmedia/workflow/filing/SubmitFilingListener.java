package org.govmedia.workflow.filing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.account.Actor;
import org.govmedia.workflow.account.RefusedInput;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code submit-filing}: the annex-1 fields (leader in charge, reviewer, publisher,
 * each name, title, phone) are all there and well-formed, else "Invalid <field>" and the task stays
 * open; records who submitted.
 */
@Component("submitFilingListener")
public class SubmitFilingListener implements TaskListener {

  private final AccountValidator validator;

  public SubmitFilingListener(AccountValidator validator) {
    this.validator = validator;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      validator.completePeople(FilingPeople.flat(task.getVariables()));
    } catch (BadRequestException e) {
      throw RefusedInput.forClerk(e);
    }
    task.setVariable(FilingVariables.SUBMITTED_BY, Actor.current());
  }
}
