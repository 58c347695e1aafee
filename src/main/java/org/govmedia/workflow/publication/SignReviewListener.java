package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.govmedia.workflow.account.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Completes a review level: the decision ({@code approved}) and a comment (required to reject),
 * and the four-eyes rule of 三审三校 (baicheng art. 7): the author and each signer act at one level
 * of the same item at most. Authors are who created the item and who wrote a draft of it (the
 * journal's registration and draft lines). A refusal throws, so the task stays open and unchanged.
 */
@Component("signReviewListener")
public class SignReviewListener implements TaskListener {

  /** The levels of the chain; the post-publication check is a check, not a signature level. */
  private static final Set<String> SIGNATURE_LEVELS =
      Set.of("first-review", "second-review", "final-review", "leader-approval");

  private final ReviewLog log;

  public SignReviewListener(ReviewLog log) {
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    // The decision and comment live on the process instance (the gateways read them there); reading
    // them there also spares a query for task-local variables on every event.
    DelegateExecution item = task.getExecution();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // Each level decides afresh: no decision of the level before is pre-filled in its form.
      if (item.getVariable(APPROVED) != null) {
        item.setVariable(APPROVED, null); // one update; cheaper in the history than delete + insert
      }
      return;
    }
    String level = task.getTaskDefinitionKey();
    String signer = Signer.of(task);
    boolean approved = decision(item.getVariable(APPROVED));
    Object comment = item.getVariable(COMMENT);
    String commentText = comment == null ? "" : comment.toString().strip();
    if (!approved && commentText.isEmpty()) {
      throw new BadUserRequestException("Invalid comment: 退回须填写意见 a rejection needs a comment");
    }
    if (SIGNATURE_LEVELS.contains(level)) {
      checkFourEyes(log.read(task.getProcessInstanceId()), level, signer);
    }
    if (!(item.getVariable(APPROVED) instanceof Boolean)) {
      item.setVariable(APPROVED, approved); // the form's radio sends "true"/"false"
    }
    log.append(task, signer, approved, commentText);
    if (!commentText.isEmpty()) {
      // The comment belongs to this level only; the log keeps it, the next reviewer starts empty.
      item.setVariable(COMMENT, "");
    }
  }

  private static void checkFourEyes(List<ReviewEntry> entries, String level, String signer) {
    for (ReviewEntry entry : entries) {
      if (!entry.user().equals(signer)) {
        continue;
      }
      if (entry.authored()) {
        throw new BadUserRequestException("四眼原则 Four eyes: " + signer
            + " wrote this item (" + entry.levelName() + ") and may not review it (" + level + ")");
      }
      if (!entry.level().equals(level) && !entry.level().equals("post-publication-check")) {
        throw new BadUserRequestException("四眼原则 Four eyes: " + signer + " already acted on this item at "
            + entry.levelName() + " and may not sign " + level + " as well (三审三校, baicheng art. 7)");
      }
    }
  }

  private static boolean decision(Object value) {
    return RefusedInput.bool(value, APPROVED, "请选择同意或退回 choose approve or reject (approved = true or false)");
  }
}
