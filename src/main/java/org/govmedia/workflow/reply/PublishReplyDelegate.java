package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.channel.Outbox;
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.process.ApprovalJournal;
import org.springframework.stereotype.Component;

/**
 * 发布答复 Hands the approved reply to the channel adapters: one REPLY outbox record on the message's
 * platform. The idempotency key is the message id, so a retried job writes nothing twice. Only
 * after the approval that approve-reply recorded: without it the step fails into an incident.
 */
@Component("publishReplyDelegate")
public class PublishReplyDelegate implements JavaDelegate {

  private final Outbox outbox;
  private final ApprovalJournal approvals;

  public PublishReplyDelegate(Outbox outbox, ApprovalJournal approvals) {
    this.outbox = outbox;
    this.approvals = approvals;
  }

  /** The outbox key of a message's reply. */
  public static String idempotencyKey(String messageId) {
    return MessageIntakeListener.PROCESS_KEY + ":" + messageId + ":reply";
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Nothing goes out without the approval approve-reply recorded (not a variable a client sends).
    approvals.requireApproved(execution, "approve-reply", "答复审批 the reply's approval");
    String messageId = (String) execution.getVariable("messageId");
    outbox.enqueue(idempotencyKey(messageId), OutboxRecord.Action.REPLY,
        MessageIntakeListener.PROCESS_KEY, messageId, null, (String) execution.getVariable("platform"),
        "留言答复 Reply to message " + messageId, (String) execution.getVariable("replyText"));
  }
}
