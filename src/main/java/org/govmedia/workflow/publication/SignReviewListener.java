package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
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
  private final Map<String, Boolean> modelStoresDecision = new ConcurrentHashMap<>();

  public SignReviewListener(ReviewLog log) {
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    // The decision and comment live on the process instance (the form's values land there); reading
    // them there also spares a query for task-local variables.
    DelegateExecution item = task.getExecution();
    boolean storesDecision = storesDecision(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (storesDecision && item.getVariable(APPROVED) != null) {
        item.setVariable(APPROVED, null); // the earlier models' way to start each level afresh
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
    log.append(task, signer, approved, commentText);
    if (storesDecision) {
      item.setVariable(APPROVED, approved); // the form's radio sends "true"/"false"
    } else {
      // The decision belongs to this level: the journal keeps it, and the gateway after the task
      // reads it as the transient `passed`. It is not stored with the item, so the next level's form
      // starts without a decision, and a completion without one is refused instead of taking the
      // level before's.
      item.removeVariable(APPROVED);
      setTransient(item, PASSED, approved);
    }
    if (!commentText.isEmpty()) {
      // The comment belongs to this level only; the log keeps it, the next reviewer starts empty.
      item.setVariable(COMMENT, "");
    }
  }

  /**
   * Whether the item runs on a model deployed before the decision stopped being stored: its review
   * tasks also call this listener on "create", and its gateways read {@code approved}. Its running
   * items finish the way they began. Answered from the deployed model, once per task definition.
   */
  private boolean storesDecision(DelegateTask task) {
    return modelStoresDecision.computeIfAbsent(
        task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), key -> {
          ExtensionElements extensions = task.getBpmnModelElementInstance().getExtensionElements();
          return extensions != null && extensions.getElementsQuery().filterByType(CamundaTaskListener.class).list()
              .stream().anyMatch(listener -> EVENTNAME_CREATE.equals(listener.getCamundaEvent()));
        });
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
