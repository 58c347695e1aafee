package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 逾期 The reply deadline has passed: {@code overdue=true} on the process instance (Cockpit and
 * {@code GET /api/messages?overdue=true} filter on it) and a notice to whoever holds the open task.
 */
@Component("markOverdueDelegate")
public class MarkOverdueDelegate implements JavaDelegate {

  private final ReplyNotifier notifier;

  public MarkOverdueDelegate(ReplyNotifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessInstance().setVariable("overdue", true);
    notifier.notifyHolders(execution, ReplyNotification.Kind.OVERDUE);
  }
}
