package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.process.ApprovalJournal;
import org.springframework.stereotype.Component;

/**
 * Completing {@code approve-reply}: {@code approved} as a Boolean (a form's "true"/"false" too), a
 * comment required for a rejection, which the redraft then shows as {@code approvalComment}. An
 * approval records {@code replyApprovedAt} (on time or not is judged at publication, see
 * {@link RecordTimelinessDelegate}).
 */
@Component("approvalCompleteListener")
public class ApprovalCompleteListener implements TaskListener {

  private final ApprovalJournal approvals;

  public ApprovalCompleteListener(ApprovalJournal approvals) {
    this.approvals = approvals;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean approved = TaskFields.bool(task.getVariable("approved"), "approved", null);
    String comment = TaskFields.text(task.getVariable("comment"));
    if (!approved && comment == null) {
      throw InvalidMessageException.forClerk("comment", "审批意见", "退回修改时必须填写审批意见");
    }
    task.setVariable("approved", approved);
    task.setVariable("comment", comment);
    task.setVariable("approvalComment", comment);
    if (approved) {
      task.setVariable("replyApprovedAt", ClockUtil.getCurrentTime());
    }
    approvals.decided(task, approved); // what publish-reply checks (defence in depth)
  }
}
