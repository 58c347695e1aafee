package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.channel.Outbox;
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.channel.wechat.WechatReplies;
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
  private final WechatReplies wechat;

  public PublishReplyDelegate(Outbox outbox, ApprovalJournal approvals, WechatReplies wechat) {
    this.outbox = outbox;
    this.approvals = approvals;
    this.wechat = wechat;
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
    Object wechatAccount = execution.getVariable(WechatReplies.ACCOUNT_VARIABLE);
    String replyText = (String) execution.getVariable("replyText");
    boolean fresh = outbox.enqueue(idempotencyKey(messageId), OutboxRecord.Action.REPLY,
        MessageIntakeListener.PROCESS_KEY, messageId, wechatAccount == null ? null : wechatAccount.toString(),
        (String) execution.getVariable("platform"), "留言答复 Reply to message " + messageId, replyText);
    // A message taken in from a WeChat official account is answered there (customer-service message
    // within WeChat's 48 hours, else published on the account); the record says which.
    Object openId = execution.getVariable(WechatReplies.OPEN_ID_VARIABLE);
    if (fresh && wechatAccount != null && openId != null) {
      WechatReplies.Delivery delivery = wechat.deliver(Long.parseLong(wechatAccount.toString()),
          openId.toString(), idempotencyKey(messageId), messageId,
          (String) execution.getVariable("content"), replyText);
      execution.setVariable("replyDelivery", delivery.delivery());
      execution.setVariable("replyDeliveryText", delivery.deliveryName());
      execution.setVariable("replySentAt", java.util.Date.from(delivery.sentAt()));
    }
  }
}
