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
      throw new InvalidMessageException("replyText", "is required");
    }
    task.setVariable("replyText", reply);
  }
}
