package org.govmedia.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A decision task (approve-opening, approve-closing, confirm-filing). On create: no earlier decision
 * is pre-filled. On complete: {@code approved} ("true"/"false" from the form's radio, or a boolean)
 * becomes a Boolean before the gateway; a refusal or send-back needs a {@code comment}, kept as
 * {@code refusalReason} (shown in the task it goes back to); {@code decidedBy} is who decided.
 */
@Component("approvalDecisionListener")
public class ApprovalDecisionListener implements TaskListener {

  private final ApprovalJournal approvals;

  public ApprovalDecisionListener(ApprovalJournal approvals) {
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.removeVariable("approved");
      task.setVariable("comment", "");
      return;
    }
    boolean approved = decision(task.getVariable("approved"));
    Object comment = task.getVariable("comment");
    String text = comment == null ? "" : comment.toString().strip();
    if (!approved && text.isEmpty()) {
      throw RefusedInput.forClerk("comment", "不同意或退回须填写理由 a refusal or send-back needs a reason");
    }
    task.setVariable("approved", approved);
    task.setVariable("decidedBy", Actor.current());
    if (!approved) {
      task.setVariable("refusalReason", text);
    }
    approvals.decided(task, approved); // what close-account checks (defence in depth)
  }

  static boolean decision(Object value) {
    return RefusedInput.yesNo(value, "approved", "请选择同意或不同意 choose approve or refuse (approved = true or false)");
  }
}
