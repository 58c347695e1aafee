package org.govmedia.workflow.channel.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.channel.OutboxRepository;
import org.govmedia.workflow.reply.PublishReplyDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Citizens' messages to a WeChat official account: in through the push, the reply out through WeChat. */
class WechatMessagesTest extends WechatTestSupport {

  @Autowired OutboxRepository outbox;

  private ProcessInstance reply(String messageId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("message-reply")
        .processInstanceBusinessKey(messageId).singleResult();
  }

  private Object variable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  @Test
  void aPlainTextMessageStartsOneReplyAndItsRetriesStartNothing() throws Exception {
    Config config = connectedAccount();
    long msgId = newMsgId();
    long created = nowSeconds() - 20;
    String xml = textXml("oCitizenPlain", created, "灵活就业人员社保补贴如何申领？", msgId);
    ResponseEntity<String> answer = plainPush(config, xml);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getBody()).isEqualTo("success");
    // WeChat retries a message it got no answer to in time: the same MsgId, up to three times.
    for (int retry = 0; retry < 3; retry++) {
      assertThat(plainPush(config, xml).getBody()).isEqualTo("success");
    }
    settle();

    String messageId = WechatInbox.messageId(config.accountId(), msgId);
    assertThat(messageId).contains(String.valueOf(msgId));
    assertThat(replies(messageId)).isEqualTo(1);
    ProcessInstance instance = reply(messageId);
    assertThat(variable(instance, "platform")).isEqualTo("WECHAT");
    assertThat(variable(instance, "content")).isEqualTo("灵活就业人员社保补贴如何申领？");
    assertThat(variable(instance, WechatReplies.OPEN_ID_VARIABLE)).isEqualTo("oCitizenPlain");
    assertThat(OffsetDateTime.parse((String) variable(instance, "receivedAt")).toInstant())
        .isEqualTo(Instant.ofEpochSecond(created));
    assertThat(inboundRows(config.accountId())).isEqualTo(1);
    // The citizen got a receipt naming the reply deadline (a customer-service message).
    wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/message/custom/send"))
        .withRequestBody(matchingJsonPath("$.touser", containing("oCitizenPlain")))
        .withRequestBody(containing(messageId)));
  }

  @Test
  void anEncryptedTextMessageStartsOneReply() throws Exception {
    Config config = connectedAccount();
    long msgId = newMsgId();
    String plain = textXml("oCitizenSafe", nowSeconds(), "养老保险转移接续需要哪些材料？", msgId);
    // WeChat's safe mode: AES-CBC with the EncodingAESKey, msg_signature over the ciphertext.
    WxCryptUtil crypt = new WxCryptUtil(config.token(), config.aesKey(), config.appId());
    String cipher = crypt.encrypt(alnum(16, null), plain);
    String timestamp = String.valueOf(nowSeconds());
    String nonce = alnum(9, "0123456789");
    String body = "<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><Encrypt><![CDATA[" + cipher
        + "]]></Encrypt></xml>";
    String query = "signature=" + SHA1.gen(config.token(), timestamp, nonce) + "&timestamp=" + timestamp
        + "&nonce=" + nonce + "&openid=oCitizenSafe&encrypt_type=aes&msg_signature="
        + SHA1.gen(config.token(), timestamp, nonce, cipher);

    // A ciphertext whose msg_signature does not match is refused and starts nothing.
    String forged = query.replaceAll("msg_signature=[0-9a-f]+", "msg_signature=" + SHA1.gen("x", timestamp, nonce, cipher));
    assertThat(push(config.accountId(), forged, body).getStatusCode().value()).isEqualTo(403);
    assertThat(inboundRows(config.accountId())).isZero();

    assertThat(push(config.accountId(), query, body).getBody()).isEqualTo("success");
    settle();
    String messageId = WechatInbox.messageId(config.accountId(), msgId);
    assertThat(replies(messageId)).isEqualTo(1);
    assertThat(variable(reply(messageId), "content")).isEqualTo("养老保险转移接续需要哪些材料？");
  }

  @Test
  void forgedOrStalePushesAreRefusedAndStartNothing() throws Exception {
    Config config = connectedAccount();
    long msgId = newMsgId();
    String xml = textXml("oIntruder", nowSeconds(), "伪造的留言", msgId);
    assertThat(push(config.accountId(), signedQuery("guessedToken", nowSeconds()), xml).getStatusCode().value())
        .isEqualTo(403);
    // A genuine signature captured more than 5 minutes ago (a replay) is stale.
    assertThat(push(config.accountId(), signedQuery(config.token(), nowSeconds() - 301), xml)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(push(config.accountId(), "timestamp=" + nowSeconds(), xml).getStatusCode().value())
        .isEqualTo(403);
    settle();
    assertThat(inboundRows(config.accountId())).isZero();
    assertThat(replies(WechatInbox.messageId(config.accountId(), msgId))).isZero();
  }

  @Test
  void aGenuinelySignedPushOverSixtyFourKilobytesIsRefusedAndStartsNothing() throws Exception {
    Config config = connectedAccount();
    long msgId = newMsgId();
    // WeChat's pushes are a few kilobytes; one of 70 KB, even signed with the token, is refused.
    String xml = textXml("oBulky", nowSeconds(), "长".repeat(24_000), msgId);
    assertThat(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(64 * 1024);
    assertThat(push(config.accountId(), signedQuery(config.token(), nowSeconds()), xml).getStatusCode().value())
        .isEqualTo(403);
    settle();
    assertThat(inboundRows(config.accountId())).isZero();
    assertThat(replies(WechatInbox.messageId(config.accountId(), msgId))).isZero();
  }

  @Test
  void subscribeEventsAndOtherKindsAreRecordedAndAcknowledgedWithoutAReply() throws Exception {
    Config config = connectedAccount();
    String subscribe = "<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oNewFan]]>"
        + "</FromUserName><CreateTime>" + nowSeconds() + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        + "<Event><![CDATA[subscribe]]></Event></xml>";
    long imageId = newMsgId();
    String image = "<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oNewFan]]>"
        + "</FromUserName><CreateTime>" + nowSeconds() + "</CreateTime><MsgType><![CDATA[image]]></MsgType>"
        + "<PicUrl><![CDATA[http://example.invalid/p.jpg]]></PicUrl><MediaId><![CDATA[m1]]></MediaId>"
        + "<MsgId>" + imageId + "</MsgId></xml>";
    assertThat(plainPush(config, subscribe).getBody()).isEqualTo("success");
    assertThat(plainPush(config, image).getBody()).isEqualTo("success");
    settle();
    assertThat(inboundRows(config.accountId())).isEqualTo(2);
    assertThat(jdbc.sql("select count(*) from gm_wechat_inbound where account_id = :a and status = 'RECORDED'")
        .param("a", config.accountId()).query(Long.class).single()).isEqualTo(2);
    assertThat(replies(WechatInbox.messageId(config.accountId(), imageId))).isZero();
  }

  @Test
  void aSixSecondSlowPathIsStillAnsweredWithinWechatsFiveSeconds() throws Exception {
    Config config = connectedAccount();
    // WeChat's API answers the receipt after 6 s: the push must not wait for it.
    slowCustomerService(6_000);
    long msgId = newMsgId();
    long start = System.nanoTime();
    ResponseEntity<String> answer = plainPush(config, textXml("oPatient", nowSeconds(), "请问退休手续怎么办？", msgId));
    Duration answeredIn = Duration.ofNanos(System.nanoTime() - start);
    assertThat(answer.getBody()).isEqualTo("success");
    assertThat(answeredIn).isLessThan(Duration.ofSeconds(5));
    settle();
    // The work was done all the same: the reply process, and the (slow) receipt.
    assertThat(replies(WechatInbox.messageId(config.accountId(), msgId))).isEqualTo(1);
    wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/message/custom/send")));
  }

  @Test
  void theApprovedReplyGoesToTheCitizenAsACustomerServiceMessage() throws Exception {
    Config config = connectedAccount();
    long msgId = newMsgId();
    plainPush(config, textXml("oCitizenReply", nowSeconds(), "医保报销比例是多少？", msgId));
    settle();
    String messageId = WechatInbox.messageId(config.accountId(), msgId);
    ProcessInstance instance = reply(messageId);
    approveReply(instance, "您好，职工医保住院报销比例为85%。");
    wechat.resetRequests();
    executePublishReply(instance);

    wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/message/custom/send"))
        .withQueryParam("access_token", com.github.tomakehurst.wiremock.client.WireMock.matching("TOKEN-.*"))
        .withRequestBody(matchingJsonPath("$.touser", containing("oCitizenReply")))
        .withRequestBody(matchingJsonPath("$.msgtype", containing("text")))
        .withRequestBody(matchingJsonPath("$.text.content", containing("报销比例为85%"))));
    OutboxRecord record = outbox.findByIdempotencyKey(PublishReplyDelegate.idempotencyKey(messageId)).orElseThrow();
    assertThat(record.getStatus()).isEqualTo("SENT");
    assertThat(jdbc.sql("select delivery from gm_outbox where id = :id").param("id", record.getId())
        .query(String.class).single()).isEqualTo(WechatReplies.CUSTOMER_SERVICE);
    assertThat(variable(instance, "replyDeliveryText").toString()).contains("客服消息");
    assertThat(variable(instance, "replied")).isEqualTo(true);
  }

  @Test
  void aReplyAfterWechatsFortyEightHoursIsPublishedOnTheAccount() throws Exception {
    Config config = connectedAccount();
    long msgId = newMsgId();
    plainPush(config, textXml("oCitizenLate", nowSeconds(), "公积金提取要多久？", msgId));
    settle();
    String messageId = WechatInbox.messageId(config.accountId(), msgId);
    ProcessInstance instance = reply(messageId);
    approveReply(instance, "您好，公积金提取一般3个工作日到账。");
    stubPublication("MEDIA_LATE_" + msgId, "PUB_LATE_" + msgId);
    wechat.resetRequests();
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofHours(49))));
    executePublishReply(instance);

    wechat.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/message/custom/send")));
    wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add"))
        .withRequestBody(matchingJsonPath("$.articles[0].content", containing("公积金提取一般3个工作日到账"))));
    wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/submit"))
        .withRequestBody(matchingJsonPath("$.media_id", containing("MEDIA_LATE_" + msgId))));
    assertThat(jdbc.sql("select external_id from gm_outbox where idempotency_key = :k")
        .param("k", PublishReplyDelegate.idempotencyKey(messageId)).query(String.class).single())
        .isEqualTo("PUB_LATE_" + msgId);
    assertThat(variable(instance, "replyDeliveryText").toString()).contains("公众号发布");
    // Timeliness counts when the reply went out: 49 hours after receipt, still within the deadline.
    assertThat(variable(instance, "replySentAt")).isEqualTo(variable(instance, "replyPublishedAt"));
  }

  private void approveReply(ProcessInstance instance, String replyText) {
    var tasks = engine.getTaskService();
    tasks.complete(task(instance, "triage"), Map.of("classification", "CONSULTATION",
        "department", "社保科", "majorOpinion", false));
    tasks.complete(task(instance, "draft-reply"), Map.of("replyText", replyText));
    tasks.complete(task(instance, "approve-reply"), Map.of("approved", "true", "comment", "同意"));
  }

  private String task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult().getId();
  }

  private void executePublishReply(ProcessInstance instance) {
    var management = engine.getManagementService();
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId())
        .activityId("publish-reply").singleResult().getId());
  }
}
