package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Completing {@code approve-reply}: {@code approved} as a Boolean (a form's "true"/"false" too), a
 * comment required for a rejection, which the redraft then shows as {@code approvalComment}. An
 * approval records {@code replyApprovedAt}: the reply is released then (for on-time, see
 * {@link RecordTimelinessDelegate}).
 */
@Component("approvalCompleteListener")
public class ApprovalCompleteListener implements TaskListener {

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
  }
}
