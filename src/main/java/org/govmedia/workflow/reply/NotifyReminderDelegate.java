package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 催办提醒 The reminder day has come: a notice to whoever holds the message's open task. */
@Component("notifyReminderDelegate")
public class NotifyReminderDelegate implements JavaDelegate {

  private final ReplyNotifier notifier;

  public NotifyReminderDelegate(ReplyNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifier.notifyHolders(execution, ReplyNotification.Kind.REMINDER);
  }
}
