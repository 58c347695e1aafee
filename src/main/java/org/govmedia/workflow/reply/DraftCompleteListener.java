package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing {@code draft-reply} or {@code draft-referral}: the reply text is required. */
@Component("draftCompleteListener")
public class DraftCompleteListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String reply = TaskFields.text(task.getVariable("replyText"));
    if (reply == null) {
      throw InvalidMessageException.forClerk("replyText", "答复内容", "请填写答复内容");
    }
    task.setVariable("replyText", reply);
  }
}
