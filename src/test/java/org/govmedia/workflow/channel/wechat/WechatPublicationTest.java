package org.govmedia.workflow.channel.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** An approved item published on an account with a WeChat channel goes out through WeChat's API. */
class WechatPublicationTest extends WechatTestSupport {

  private ProcessInstance approvedItem(long accountId, String title) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", title);
    vars.put("body", "各单位要做好秋季森林防火工作。\n严禁野外用火。");
    vars.put("contentCategory", "ROUTINE");
    vars.put("accountIds", String.valueOf(accountId));
    ProcessInstance item = as("editor1", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("content-publication", vars), "editors");
    sign(item, "reviewer1", "first-reviewers");
    sign(item, "reviewer2", "second-reviewers");
    sign(item, "approver1", "final-approvers");
    return item;
  }

  private <T> T as(String user, java.util.function.Supplier<T> action, String group) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void sign(ProcessInstance item, String user, String group) {
    var task = engine.getTaskService().createTaskQuery().processInstanceId(item.getId()).singleResult();
    Map<String, Object> decision = new HashMap<>(Map.of("approved", "true", "comment", "同意"));
    if ("first-review".equals(task.getTaskDefinitionKey())) {
      decision.put("secrecyChecked", true); // 保密审查 at 初审 (baicheng art. 6)
    }
    completeAs(user, group, task, decision);
  }

  private void publish(ProcessInstance item) {
    var management = engine.getManagementService();
    management.executeJob(management.createJobQuery().processInstanceId(item.getId())
        .activityId("publish").singleResult().getId());
  }

  private Map<String, Object> outboxRow(ProcessInstance item) {
    return jdbc.sql("select status, delivery, external_id, detail from gm_outbox where business_key = :k")
        .param("k", item.getBusinessKey()).query().singleRow();
  }

  private static Object column(Map<String, Object> row, String name) {
    return row.containsKey(name) ? row.get(name) : row.get(name.toUpperCase());
  }

  @Test
  void anItemGoesOutThroughTokenDraftAndFreePublicationAndIsMarkedPublished() throws Exception {
    Config config = connectedAccount();
    String publishId = "2247503" + (newMsgId() % 1000000);
    stubPublication("MEDIA_" + publishId, publishId);
    ProcessInstance item = approvedItem(config.accountId(), "关于秋季防火的通知");
    publish(item);

    wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/token"))
        .withQueryParam("appid", equalTo(config.appId())).withQueryParam("secret", equalTo(config.appSecret())));
    wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/draft/add"))
        .withRequestBody(matchingJsonPath("$.articles[0].title", equalTo("关于秋季防火的通知")))
        .withRequestBody(matchingJsonPath("$.articles[0].content", containing("<p>严禁野外用火。</p>")))
        .withRequestBody(matchingJsonPath("$.articles[0].thumb_media_id", equalTo("COVER_MEDIA_ID"))));
    wechat.verify(1, postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/submit"))
        .withRequestBody(matchingJsonPath("$.media_id", equalTo("MEDIA_" + publishId))));
    Map<String, Object> row = outboxRow(item);
    assertThat(column(row, "status")).isEqualTo("SUBMITTED");
    assertThat(column(row, "external_id")).isEqualTo(publishId);

    // WeChat pushes PUBLISHJOBFINISH (publish_status 0) to the channel endpoint when it is out.
    assertThat(plainPush(config, publishFinishXml(publishId, 0)).getBody()).isEqualTo("success");
    settle();
    row = outboxRow(item);
    assertThat(column(row, "status")).isEqualTo("PUBLISHED");
    assertThat(column(row, "detail").toString()).contains("https://mp.weixin.qq.com/s/" + publishId);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(item.getId()).count()).isZero();
  }

  @Test
  void aPublicationWechatRejectsRaisesAnIncidentWithWechatsReason() throws Exception {
    Config config = connectedAccount();
    String publishId = "2247504" + (newMsgId() % 1000000);
    stubPublication("MEDIA_" + publishId, publishId);
    ProcessInstance item = approvedItem(config.accountId(), "关于开展安全生产检查的通知");
    publish(item);
    // WeChat's review refused it (publish_status 4).
    assertThat(plainPush(config, publishFinishXml(publishId, 4)).getBody()).isEqualTo("success");
    settle();

    assertThat(column(outboxRow(item), "status")).isEqualTo("FAILED");
    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(item.getId()).list();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getIncidentType()).isEqualTo(WechatPublisher.INCIDENT_TYPE);
    assertThat(incidents.get(0).getIncidentMessage()).contains("平台审核不通过").contains(publishId);
    // WeChat's retry of the same event raises nothing more.
    plainPush(config, publishFinishXml(publishId, 4));
    settle();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(item.getId()).count())
        .isEqualTo(1);
  }

  @Test
  void aDraftWechatRefusesFailsThePublishStepWithWechatsMessage() {
    Config config = connectedAccount();
    wechat.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/cgi-bin/draft/add"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
            "{\"errcode\":40007,\"errmsg\":\"invalid media_id\"}")));
    ProcessInstance item = approvedItem(config.accountId(), "关于缺少封面的通知");
    try {
      publish(item);
    } catch (RuntimeException expected) {
      assertThat(expected).hasMessageContaining("40007");
    }
    // Nothing half-written: no outbox record, no submission; the job waits for its retry.
    assertThat(jdbc.sql("select count(*) from gm_outbox where business_key = :k")
        .param("k", item.getBusinessKey()).query(Long.class).single()).isZero();
    wechat.verify(0, postRequestedFor(urlPathEqualTo("/cgi-bin/freepublish/submit")));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(item.getId())
        .activityId("publish").singleResult().getExceptionMessage()).contains("40007");
  }

  @Test
  void twoNodesShareOneAccessTokenPerAccount() throws Exception {
    Config config = connectedAccount();
    WechatChannel channel = api.channel(config.accountId()).orElseThrow();
    // Two nodes: two WxJava services with their own configuration, one database.
    WxMpServiceImpl nodeA = new WxMpServiceImpl();
    nodeA.setWxMpConfigStorage(new SharedTokenConfig(jdbc, channel, wechat.baseUrl()));
    WxMpServiceImpl nodeB = new WxMpServiceImpl();
    nodeB.setWxMpConfigStorage(new SharedTokenConfig(jdbc, channel, wechat.baseUrl()));
    String tokenA = nodeA.getAccessToken();
    String tokenB = nodeB.getAccessToken();
    assertThat(tokenA).startsWith("TOKEN-").isEqualTo(tokenB);
    wechat.verify(1, getRequestedFor(urlPathEqualTo("/cgi-bin/token"))
        .withQueryParam("appid", equalTo(config.appId())));
  }
}
