package org.govmedia.workflow.channel.wechat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.channel.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replies to a citizen who wrote to a WeChat official account. While WeChat allows it (within
 * {@code customer-service-window}, 48 hours, of the citizen's last message to the account) the
 * approved reply goes to the citizen as a customer-service message ({@code message/custom/send});
 * after that WeChat accepts no message to the citizen, so the reply is published on the account
 * ({@link WechatPublisher}: draft, then free publication) with the message it answers.
 */
@Component
public class WechatReplies {

  private static final Logger log = LoggerFactory.getLogger(WechatReplies.class);
  /** Process variables of a message taken in from WeChat: the register account and the sender. */
  public static final String ACCOUNT_VARIABLE = "wechatAccountId";
  public static final String OPEN_ID_VARIABLE = "wechatOpenId";
  public static final String CUSTOMER_SERVICE = "CUSTOMER_SERVICE";
  /** WeChat's error code for a customer-service message past the 48 hours (回复时间超过限制). */
  private static final int OUT_OF_TIME = 45015;

  private final WechatApi api;
  private final WechatPublisher publisher;
  private final Outbox outbox;
  private final JdbcClient jdbc;
  private final WechatProperties properties;

  public WechatReplies(WechatApi api, WechatPublisher publisher, Outbox outbox, JdbcClient jdbc,
      WechatProperties properties) {
    this.api = api;
    this.publisher = publisher;
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /**
   * How a reply went out: {@code delivery} (CUSTOMER_SERVICE or FREE_PUBLISH), its Chinese name for
   * the task and the record, and when it went out.
   */
  public record Delivery(String delivery, String deliveryName, Instant sentAt) {}

  /** Sends the approved reply; WeChat's refusal throws (the step's job retries, then an incident). */
  public Delivery deliver(long accountId, String openId, String outboxKey, String messageId,
      String content, String replyText) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant last = lastMessage(accountId, openId);
    boolean inWindow = last != null
        && Duration.between(last, now).compareTo(properties.getCustomerServiceWindow()) <= 0;
    if (inWindow) {
      WechatChannel channel = api.channel(accountId).orElseThrow(() -> new IllegalStateException(
          "账号 " + accountId + " 没有微信渠道 (no WeChat channel)"));
      try {
        api.service(channel).getKefuService().sendKefuMessage(
            WxMpKefuMessage.TEXT().toUser(openId).content(replyText).build());
        String name = "客服消息（用户最后留言后" + properties.getCustomerServiceWindow().toHours()
            + "小时内）";
        outbox.markSent(outboxKey, CUSTOMER_SERVICE, null, now, "SENT", "已通过客服消息发送给留言人 " + name);
        return new Delivery(CUSTOMER_SERVICE, name, now);
      } catch (WxErrorException e) {
        if (e.getError().getErrorCode() != OUT_OF_TIME) {
          throw new WechatPublisher.WechatRefusal("微信客服消息接口拒绝", e);
        }
        log.info("customer-service window closed for message {}: publishing the reply", messageId);
      }
    }
    String title = "留言答复 " + messageId;
    String body = "网友留言：\n" + content + "\n\n答复：\n" + replyText;
    publisher.publish(accountId, outboxKey, title, body);
    return new Delivery(WechatPublisher.DELIVERY, "公众号发布（已超过客服消息"
        + properties.getCustomerServiceWindow().toHours() + "小时时限）", now);
  }

  /** When the citizen last wrote to the account (any message or event WeChat pushed). */
  Instant lastMessage(long accountId, String openId) {
    Timestamp last = jdbc.sql("select max(created_at) from gm_wechat_inbound where account_id = :account "
            + "and from_user = :openId")
        .param("account", accountId).param("openId", openId).query(Timestamp.class).single();
    return last == null ? null : last.toInstant();
  }

  /** The receipt of a message taken in; a failure is logged and changes nothing else. */
  void acknowledge(long accountId, String openId, String text) {
    try {
      WechatChannel channel = api.channel(accountId).orElse(null);
      if (channel != null) {
        api.service(channel).getKefuService().sendKefuMessage(
            WxMpKefuMessage.TEXT().toUser(openId).content(text).build());
      }
    } catch (WxErrorException | RuntimeException e) {
      log.warn("receipt to a WeChat citizen of account {} not sent: {}", accountId,
          e instanceof WxErrorException w ? w.getError().getErrorCode() + " " + w.getError().getErrorMsg()
              : e.getClass().getSimpleName());
    }
  }
}
