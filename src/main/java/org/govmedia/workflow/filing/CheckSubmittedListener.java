package org.govmedia.workflow.filing;

import static org.govmedia.workflow.filing.FilingVariables.FIRST_SUBMITTED_AT;
import static org.govmedia.workflow.filing.FilingVariables.SUBMITTED_BEFORE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of the gateway "已提交过？ Submitted before?" of account-filing: sets
 * {@code submittedBefore} (the unit submitted at least once, so {@code firstSubmittedAt} is set),
 * so the gateway's conditions read a variable ({@code ${submittedBefore}}).
 */
@Component("checkSubmittedListener")
public class CheckSubmittedListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(SUBMITTED_BEFORE, execution.getVariable(FIRST_SUBMITTED_AT) != null);
  }
}
