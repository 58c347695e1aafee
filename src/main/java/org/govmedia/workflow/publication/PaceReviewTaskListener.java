package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.REVIEW_DUE;
import static org.govmedia.workflow.publication.PublicationVariables.REVIEW_PRIORITY;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When a signature task of the item is created: its due date (now, engine clock, plus the item's
 * {@code reviewDue}) and priority, as the review-pace decision gave them. An emergency's every
 * signature is asked for at once and at the top of Tasklist (yanchi annex 2 art. 24: 第一时间发布);
 * an item without {@code reviewDue} gets no due date.
 */
@Component("paceReviewTaskListener")
public class PaceReviewTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object due = task.getExecution().getVariable(REVIEW_DUE);
    if (due instanceof String text && !text.isBlank()) {
      task.setDueDate(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.parse(text))));
    }
    if (task.getExecution().getVariable(REVIEW_PRIORITY) instanceof Number priority) {
      task.setPriority(priority.intValue());
    }
  }
}
