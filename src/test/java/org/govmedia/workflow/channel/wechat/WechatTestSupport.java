package org.govmedia.workflow.channel.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A local stand-in for WeChat's API (WireMock, answering as WeChat's documentation shows) and the
 * helpers of the WeChat tests: an account with a channel, signed pushes as WeChat sends them.
 */
abstract class WechatTestSupport extends IntegrationTest {

  static final String UNIT = "县人力资源和社会保障局";
  static WireMockServer wechat;

  @Autowired WechatProperties properties;
  @Autowired AccountRegister register;
  @Autowired WechatInbox inbox;
  @Autowired WechatApi api;
  @Autowired JdbcClient jdbc;
  private String originalBaseUrl;

  @BeforeAll
  static void startStub() {
    wechat = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(40));
    wechat.start();
  }

  @AfterAll
  static void stopStub() {
    wechat.stop();
  }

  @BeforeEach
  void pointAtStub() {
    originalBaseUrl = properties.getApiBaseUrl();
    properties.setApiBaseUrl(wechat.baseUrl());
    wechat.resetAll();
    // WeChat's documented answers (access token, customer-service message, draft, free publication).
    wechat.stubFor(get(urlPathEqualTo("/cgi-bin/token")).withQueryParam("grant_type", equalTo("client_credential"))
        .willReturn(okJson("{\"access_token\":\"TOKEN-" + UUID.randomUUID() + "\",\"expires_in\":7200}")));
    wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send"))
        .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
  }

  @AfterEach
  void restoreBaseUrl() throws Exception {
    inbox.idle().get(30, TimeUnit.SECONDS);
    properties.setApiBaseUrl(originalBaseUrl);
  }

  /** The answers of draft/add and freepublish/submit for one publication. */
  static void stubPublication(String mediaId, String publishId) {
    wechat.stubFor(post(urlPathEqualTo("/cgi-bin/draft/add"))
        .willReturn(okJson("{\"media_id\":\"" + mediaId + "\",\"item\":[]}")));
    wechat.stubFor(post(urlPathEqualTo("/cgi-bin/freepublish/submit"))
        .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"publish_id\":\"" + publishId
            + "\",\"msg_data_id\":2247483700}")));
  }

  static void slowCustomerService(int millis) {
    wechat.stubFor(post(urlPathEqualTo("/cgi-bin/message/custom/send"))
        .willReturn(aResponse().withFixedDelay(millis).withHeader("Content-Type", "application/json")
            .withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
  }

  /** An account's WeChat configuration as an office enters it. */
  record Config(long accountId, String appId, String appSecret, String token, String aesKey) {

    Map<String, Object> body() {
      return Map.of("platform", "WECHAT", "appId", appId, "appSecret", appSecret, "token", token,
          "encodingAesKey", aesKey, "thumbMediaId", "COVER_MEDIA_ID");
    }

    WechatChannel channel() {
      return new WechatChannel(accountId, appId, appSecret, token, aesKey, "COVER_MEDIA_ID", Instant.now());
    }
  }

  long wechatAccount() {
    return register.registerExisting(new AccountData("县人社微信 " + UUID.randomUUID(),
        AccountPlatform.WECHAT, AccountClass.OTHER, UNIT, "gaoxian-2023", null, null, null), "test").getId();
  }

  static Config newConfig(long accountId) {
    return new Config(accountId, "wx" + alnum(16, "0123456789abcdef"), alnum(32, null),
        "tok" + alnum(12, null), alnum(43, null));
  }

  /** An account with its channel, configured by an administrator through the API. */
  Config connectedAccount() {
    Config config = newConfig(wechatAccount());
    ResponseEntity<String> put = as("demo").exchange("/api/accounts/" + config.accountId() + "/channel",
        org.springframework.http.HttpMethod.PUT, new HttpEntity<>(config.body()), String.class);
    assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(200);
    return config;
  }

  static String alnum(int length, String alphabet) {
    String chars = alphabet != null ? alphabet
        : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(chars.charAt(random.nextInt(chars.length())));
    }
    return out.toString();
  }

  static long newMsgId() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_000_000_000_000_000L);
  }

  static long nowSeconds() {
    return ClockUtil.getCurrentTime().getTime() / 1000;
  }

  static String textXml(String openId, long createTime, String content, long msgId) {
    return "<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[" + openId
        + "]]></FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
        + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
  }

  static String publishFinishXml(String publishId, int status) {
    String detail = status == 0
        ? "<article_id><![CDATA[ARTICLE_" + publishId + "]]></article_id><article_detail><count>1</count>"
            + "<item><idx>1</idx><article_url><![CDATA[https://mp.weixin.qq.com/s/" + publishId
            + "]]></article_url></item></article_detail>"
        : "<fail_idx>1</fail_idx>";
    return "<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><FromUserName><![CDATA[oSYSTEM]]>"
        + "</FromUserName><CreateTime>" + nowSeconds() + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        + "<Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>" + publishId
        + "</publish_id><publish_status>" + status + "</publish_status>" + detail
        + "</PublishEventInfo></xml>";
  }

  /** The query of a push signed with the token (WeChat: sha1 of the sorted token, timestamp, nonce). */
  static String signedQuery(String token, long timestamp) {
    String nonce = alnum(10, "0123456789");
    return "signature=" + SHA1.gen(token, String.valueOf(timestamp), nonce) + "&timestamp=" + timestamp
        + "&nonce=" + nonce;
  }

  /** POSTs a push as WeChat does: XML body, the query signed, no login. */
  ResponseEntity<String> push(long accountId, String query, String xml) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_XML);
    return rest.postForEntity("/channels/wechat/" + accountId + "?" + query, new HttpEntity<>(xml, headers),
        String.class);
  }

  ResponseEntity<String> plainPush(Config config, String xml) {
    return push(config.accountId(), signedQuery(config.token(), nowSeconds()) + "&openid=o1", xml);
  }

  long inboundRows(long accountId) {
    return jdbc.sql("select count(*) from gm_wechat_inbound where account_id = :a").param("a", accountId)
        .query(Long.class).single();
  }

  long replies(String messageId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("message-reply").processInstanceBusinessKey(messageId).count();
  }

  void settle() throws Exception {
    inbox.idle().get(30, TimeUnit.SECONDS);
  }
}
