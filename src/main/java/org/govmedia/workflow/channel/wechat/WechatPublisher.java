package org.govmedia.workflow.channel.wechat;

import java.util.List;
import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.draft.WxMpAddDraft;
import me.chanjar.weixin.mp.bean.draft.WxMpDraftArticles;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.channel.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Publishes on a WeChat official account through WeChat's free-publication interfaces: the access
 * token (shared by the cluster, {@link SharedTokenConfig}), {@code draft/add} with the title and
 * body, then {@code freepublish/submit}; the outbox record keeps the publish_id. WeChat's
 * PUBLISHJOBFINISH event ({@link #finish}) marks the record published or failed; a failure raises
 * an incident on the item's process with WeChat's reason.
 */
@Component
public class WechatPublisher {

  private static final Logger log = LoggerFactory.getLogger(WechatPublisher.class);
  /** The incident type a failed WeChat publication raises (Cockpit shows it with WeChat's reason). */
  public static final String INCIDENT_TYPE = "wechatPublishFailed";
  public static final String DELIVERY = "FREE_PUBLISH";

  /** WeChat's publish_status values (freepublish/get and PUBLISHJOBFINISH), in WeChat's own words. */
  static final Map<String, String> STATUS = Map.of(
      "0", "发布成功",
      "1", "发布中",
      "2", "原创失败：原创声明校验未通过",
      "3", "常规失败",
      "4", "平台审核不通过",
      "5", "发布成功后用户删除了所有文章",
      "6", "发布成功后系统封禁了所有文章");

  private final WechatApi api;
  private final Outbox outbox;
  private final JdbcClient jdbc;
  private final ProcessEngine engine;

  public WechatPublisher(WechatApi api, Outbox outbox, JdbcClient jdbc, ProcessEngine engine) {
    this.api = api;
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.engine = engine;
  }

  /** Whether the register account has a WeChat channel. */
  public boolean connected(String accountId) {
    Long id = WechatChannels.parse(accountId);
    return id != null && api.channel(id).isPresent();
  }

  /**
   * Adds the draft and submits it; answers WeChat's publish_id and records it on the outbox record.
   *
   * @throws WechatRefusal when WeChat refuses (the step's job then retries, then raises an incident)
   */
  public String publish(long accountId, String outboxKey, String title, String body) {
    WechatChannel channel = api.channel(accountId).orElseThrow(() -> new IllegalStateException(
        "账号 " + accountId + " 没有微信渠道 (no WeChat channel)"));
    WxMpService service = api.service(channel);
    WxMpDraftArticles article = WxMpDraftArticles.builder().title(title).content(html(body))
        .thumbMediaId(channel.thumbMediaId()).needOpenComment(0).build();
    try {
      String mediaId = service.getDraftService().addDraft(WxMpAddDraft.builder()
          .articles(List.of(article)).build());
      String publishId = unquote(service.getFreePublishService().submit(mediaId));
      outbox.markSent(outboxKey, DELIVERY, publishId, ClockUtil.getCurrentTime().toInstant(),
          "SUBMITTED", "草稿 media_id " + mediaId + "，已提交发布 (submitted for free publication)");
      return publishId;
    } catch (WxErrorException e) {
      throw new WechatRefusal("微信发布接口拒绝", e);
    }
  }

  /** The article body as WeChat's HTML: the text escaped, one paragraph a line. */
  static String html(String body) {
    StringBuilder out = new StringBuilder();
    for (String line : (body == null ? "" : body).split("\\R")) {
      if (!line.isBlank()) {
        out.append("<p>").append(HtmlUtils.htmlEscape(line.strip())).append("</p>");
      }
    }
    return out.toString();
  }

  private static String unquote(String id) {
    return id != null && id.length() >= 2 && id.startsWith("\"") && id.endsWith("\"")
        ? id.substring(1, id.length() - 1) : id;
  }

  /** The publish_id of a PUBLISHJOBFINISH push (its PublishEventInfo). */
  static String publishId(Map<String, Object> fields) {
    return String.valueOf(info(fields).get("publish_id"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> info(Map<String, Object> fields) {
    Object info = fields == null ? null : fields.get("PublishEventInfo");
    return info instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private record Sent(String key, String sourceProcess, String businessKey) {}

  /**
   * WeChat's PUBLISHJOBFINISH for a publication of the account: the outbox record becomes PUBLISHED
   * (publish_status 0, with the article's link) or FAILED with WeChat's status and reason, and a
   * failure raises an incident on the running process of the item (or message) it came from.
   */
  public void finish(long accountId, Map<String, Object> fields) {
    Map<String, Object> info = info(fields);
    String publishId = String.valueOf(info.get("publish_id"));
    String status = String.valueOf(info.get("publish_status"));
    List<Sent> sent = jdbc.sql("select idempotency_key, source_process, business_key from gm_outbox "
            + "where external_id = :publishId and account_id = :account and delivery = :delivery")
        .param("publishId", publishId).param("account", String.valueOf(accountId))
        .param("delivery", DELIVERY)
        .query((rs, n) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    if (sent.isEmpty()) {
      log.warn("PUBLISHJOBFINISH for unknown publish_id {} of account {}", publishId, accountId);
      return;
    }
    String reason = STATUS.getOrDefault(status, "未知状态");
    if ("1".equals(status)) {
      return;
    }
    for (Sent record : sent) {
      if ("0".equals(status)) {
        outbox.markSent(record.key(), null, null, null, "PUBLISHED",
            "发布成功 article_id " + info.get("article_id") + " " + articleUrl(info));
        continue;
      }
      String message = "微信发布失败（publish_status " + status + "）：" + reason + "；账号 " + accountId
          + "，publish_id " + publishId + "。请在公众平台查看并修改后重新发布。";
      outbox.markSent(record.key(), null, null, null, "FAILED", message);
      var runtime = engine.getRuntimeService();
      runtime.createProcessInstanceQuery().processDefinitionKey(record.sourceProcess())
          .processInstanceBusinessKey(record.businessKey()).active().list()
          .forEach(instance -> runtime.createIncident(INCIDENT_TYPE, instance.getId(), publishId, message));
    }
  }

  @SuppressWarnings("unchecked")
  private static String articleUrl(Map<String, Object> info) {
    Object detail = info.get("article_detail");
    if (detail instanceof Map<?, ?> map && map.get("item") instanceof Map<?, ?> item) {
      return String.valueOf(((Map<String, Object>) item).get("article_url"));
    }
    return "";
  }

  /** WeChat answered an error code: the message names it in Chinese, without any secret. */
  public static class WechatRefusal extends RuntimeException {
    public WechatRefusal(String what, WxErrorException e) {
      super(what + "：errcode " + e.getError().getErrorCode() + " " + e.getError().getErrorMsg()
          + (e.getError().getErrorMsgEn() != null ? " (" + e.getError().getErrorMsgEn() + ")" : ""));
    }
  }
}
