package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.REVIEW_DUE;
import static org.govmedia.workflow.publication.PublicationVariables.REVIEW_PRIORITY;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After 确定审核时限 (review-pace): keeps the decision's outputs with the item, for the review tasks
 * created later ({@link PaceReviewTaskListener}): {@code reviewDue} (removed when the decision gives
 * none) and {@code reviewPriority}. An emergency's fast path (yanchi annex 2 art. 24) is these two values.
 */
@Component("keepReviewPaceListener")
public class KeepReviewPaceListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
    if (result == null || result.size() != 1) {
      throw new IllegalStateException("Decision review-pace gave " + (result == null ? "no" : result.size())
          + " results; its table must give exactly one");
    }
    Object due = result.getSingleResult().getEntryMap().get(REVIEW_DUE);
    if (due == null || due.toString().isBlank()) {
      if (execution.hasVariable(REVIEW_DUE)) {
        execution.removeVariable(REVIEW_DUE);
      }
    } else {
      execution.setVariable(REVIEW_DUE, due.toString());
    }
    Object priority = result.getSingleResult().getEntryMap().get(REVIEW_PRIORITY);
    execution.setVariable(REVIEW_PRIORITY, priority instanceof Number n ? n.intValue() : null);
  }
}
