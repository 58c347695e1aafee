package org.govmedia.workflow.publication;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When an editor submits the draft: the same checks as at the start, the accounts chosen, logged. */
@Component("submitDraftListener")
public class SubmitDraftListener implements TaskListener {

  private final ContentValidator validator;
  private final ReviewLog log;
  private final AccountChoices accounts;

  public SubmitDraftListener(ContentValidator validator, ReviewLog log, AccountChoices accounts) {
    this.validator = validator;
    this.log = log;
    this.accounts = accounts;
  }

  @Override
  public void notify(DelegateTask task) {
    // The item's variables live on the process instance; reading them there spares a query for
    // task-local variables.
    validator.validateContent(task.getExecution());
    validator.validateAccounts(task.getExecution());
    validator.normalizeConsultedUnit(task.getExecution());
    accounts.chosen(task.getExecution());
    log.submitted(task, Signer.of(task));
  }
}
