package org.govmedia.workflow.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.support.IntegrationTest;
import org.govmedia.workflow.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/screening/tasks/{taskId}}, the 内容检查 tab of Tasklist: the reviewer of a task
 * gets the hits of its item as it stands, in Chinese, with a summary; whoever may not see the task
 * gets the same 404 as for a task that does not exist.
 */
class TaskScreeningEndpointTest extends IntegrationTest {

  static final String BODY_WITH_OBSOLETE_NAME = "县环保局今日发布秋季秸秆禁烧通告。";

  @Autowired AccountRegister register;

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> hits(ResponseEntity<Map> answer) {
    return (List<Map<String, Object>>) answer.getBody().get("hits");
  }

  private ResponseEntity<Map> check(String user, String taskId) {
    return as(user).getForEntity("/api/screening/tasks/" + taskId, Map.class);
  }

  @Test
  void theFirstReviewerGetsTheHitOfTheItemAsItStands() {
    Task review = firstReview("关于秸秆禁烧的通告", BODY_WITH_OBSOLETE_NAME);
    ResponseEntity<Map> answer = check("reviewer1", review.getId());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("checkable", true)
        .containsEntry("summary", "发现1处问题：过时机构名称1处。");
    assertThat(hits(answer)).singleElement().satisfies(hit -> {
      assertThat(hit).containsEntry("field", "body").containsEntry("start", 1).containsEntry("word", "环保局")
          .containsEntry("where", "正文第2字起").containsEntry("categoryName", "过时机构名称")
          .containsEntry("correction", "生态环境局");
      assertThat((String) hit.get("source")).contains("深化党和国家机构改革方案");
    });
    // The same hits POST /api/screening/check gives for the same text.
    ResponseEntity<Map> posted = as("reviewer1").postForEntity("/api/screening/check",
        Map.of("title", "关于秸秆禁烧的通告", "body", BODY_WITH_OBSOLETE_NAME), Map.class);
    assertThat(hits(posted)).extracting(h -> h.get("field") + "/" + h.get("start") + "/" + h.get("correction"))
        .containsExactlyElementsOf(hits(answer).stream()
            .map(h -> h.get("field") + "/" + h.get("start") + "/" + h.get("correction")).toList());
    // An administrator sees every task.
    assertThat(hits(check("demo", review.getId()))).hasSize(1);
  }

  @Test
  void aCleanItemGivesNoHit() {
    Task review = firstReview("关于秋季防火的通知", "各单位要做好秋季森林防火工作。");
    ResponseEntity<Map> answer = check("reviewer1", review.getId());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("summary", "未发现问题。");
    assertThat(hits(answer)).isEmpty();
  }

  @Test
  void whoMayNotSeeTheTaskGetsTheSame404AsForAnUnknownTask() {
    Task review = firstReview("关于秸秆禁烧的通告", BODY_WITH_OBSOLETE_NAME);
    createUser("editor-other", "editors");
    // The author, another editor, the next level's reviewer, the hotline, a supervisor (who reads
    // every task in Cockpit, but is not its reviewer): not one learns the task exists.
    for (String user : List.of("editor1", "editor-other", "reviewer2", "hotline1", "supervisor1")) {
      ResponseEntity<Map> answer = check(user, review.getId());
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody().toString()).as(user).doesNotContain("环保局");
    }
    ResponseEntity<Map> unknown = check("reviewer1", UUID.randomUUID().toString());
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(check("editor-other", review.getId()).getBody()).isEqualTo(unknown.getBody());
    assertThat(rest.getForEntity("/api/screening/tasks/" + review.getId(), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theApproverOfAReplyGetsTheHitsOfTheReplyText() {
    Map<String, Object> message = new HashMap<>();
    message.put("messageId", "MSG-CHK-" + UUID.randomUUID().toString().substring(0, 8));
    message.put("platform", "WECHAT");
    message.put("receivedAt", OffsetDateTime.now().toString());
    message.put("content", "秸秆焚烧应向哪个部门反映？");
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey("message-reply")
        .businessKey((String) message.get("messageId")).setVariables(message).execute();
    complete(instance, "triage", Map.of("classification", "CONSULTATION", "department", "综合科"));
    complete(instance, "draft-reply", Map.of("replyText", "您好，请向县环保局反映。"));
    Task approval = openTask(instance, "approve-reply");

    ResponseEntity<Map> answer = check("approver1", approval.getId());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(hits(answer)).singleElement().satisfies(hit -> assertThat(hit)
        .containsEntry("field", "replyText").containsEntry("where", "答复内容第7字起")
        .containsEntry("correction", "生态环境局"));
    assertThat(check("dept1", approval.getId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // A task of the same process that holds no reply to approve: nothing to check.
    ProcessInstance other = engine.getRuntimeService().createProcessInstanceByKey("message-reply")
        .businessKey(message.get("messageId") + "-2").setVariables(Map.of("messageId", message.get("messageId") + "-2",
            "platform", "WECHAT", "receivedAt", OffsetDateTime.now().toString(), "content", "咨询"))
        .execute();
    ResponseEntity<Map> triage = check("hotline1", openTask(other, "triage").getId());
    assertThat(triage.getBody()).containsEntry("checkable", false);
    assertThat(hits(triage)).isEmpty();
  }

  @Test
  void aTasklistSessionReachesTheCheckWithoutBasicAuth() throws Exception {
    Task review = firstReview("关于秸秆禁烧的通告", BODY_WITH_OBSOLETE_NAME);
    WebappSession reviewer = WebappSession.tasklist(port, "reviewer1");
    var answer = reviewer.get("/api/screening/tasks/" + review.getId());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("生态环境局", "过时机构名称");
    WebappSession editor = WebappSession.tasklist(port, "editor1");
    assertThat(editor.get("/api/screening/tasks/" + review.getId()).statusCode()).isEqualTo(404);
  }

  /** An item started by editor1 and, if its screening sent it back, submitted unchanged: its 初审 task. */
  private Task firstReview(String title, String body) {
    String account = register.registerExisting(new AccountData("县人社局 " + UUID.randomUUID(),
        AccountPlatform.WECHAT, AccountClass.OTHER, "县人力资源和社会保障局", "gaoxian-2023", null, null, null),
        "test").getId().toString();
    Map<String, Object> vars = Map.of("title", title, "body", body, "contentCategory", "ROUTINE",
        "accountIds", account);
    engine.getIdentityService().setAuthentication("editor1", List.of("editors"));
    ProcessInstance item;
    try {
      item = engine.getRuntimeService().startProcessInstanceByKey("content-publication", vars);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(item.getId()).singleResult();
    if ("draft".equals(task.getTaskDefinitionKey())) {
      completeAs("editor1", "editors", task, Map.of());
    }
    return openTask(item, "first-review");
  }

  private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
    engine.getTaskService().complete(openTask(instance, key).getId(), variables);
  }
}
