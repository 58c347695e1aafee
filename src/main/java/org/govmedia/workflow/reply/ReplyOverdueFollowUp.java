package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.govmedia.workflow.process.OverdueFollowUp;
import org.springframework.stereotype.Component;

/**
 * 逾期 The reply deadline has passed: besides {@code overdue=true} (Cockpit and
 * {@code GET /api/messages?overdue=true} filter on it), a notice to whoever holds the open task.
 */
@Component
public class ReplyOverdueFollowUp implements OverdueFollowUp {

  private final ReplyNotifier notifier;

  public ReplyOverdueFollowUp(ReplyNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public String processKey() {
    return MessageIntakeListener.PROCESS_KEY;
  }

  @Override
  public void overdue(DelegateExecution execution, String flag) {
    notifier.notifyHolders(execution, ReplyNotification.Kind.OVERDUE);
  }
}
