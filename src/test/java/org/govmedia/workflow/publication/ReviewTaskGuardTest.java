package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.channel.OutboxRepository;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a signer sees is what goes out, tried as an attacker would over /engine-rest with a
 * reviewer's own password: each request, its refusal, and that nothing changed.
 */
class ReviewTaskGuardTest extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired AccountRegister register;
  @Autowired OutboxRepository outbox;
  @Autowired ReviewLog reviewLog;

  private String wechat;
  private String weibo;

  @BeforeEach
  void accounts() {
    wechat = account(AccountPlatform.WECHAT);
    weibo = account(AccountPlatform.WEIBO);
  }

  // --- a reviewer rewrites the item through task, instance or execution variables ---------------

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "POST|/task/{task}/variables|{\"modifications\":{\"contentCategory\":{\"value\":\"ROUTINE\"}}}|contentCategory",
      "POST|/task/{task}/variables|{\"modifications\":{\"accountIds\":{\"value\":\"{weibo}\"}}}|accountIds",
      "PUT|/task/{task}/variables/body|{\"value\":\"另一篇正文\",\"type\":\"String\"}|body",
      "PUT|/task/{task}/localVariables/contentCategory|{\"value\":\"ROUTINE\",\"type\":\"String\"}|contentCategory",
      "DELETE|/task/{task}/variables/source||source",
      "POST|/process-instance/{instance}/variables|{\"modifications\":{\"contentCategory\":{\"value\":\"ROUTINE\"}}}|contentCategory",
      "PUT|/process-instance/{instance}/variables/accountIds|{\"value\":\"{weibo}\",\"type\":\"String\"}|accountIds",
      "PUT|/execution/{instance}/localVariables/body|{\"value\":\"另一篇正文\",\"type\":\"String\"}|body",
  })
  void aReviewerCannotRewriteTheItemThroughVariables(String method, String path, String body, String field)
      throws Exception {
    ProcessInstance item = start(content("MAJOR", wechat));
    Task task = task(item);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("first-review");
    claim(task, "reviewer1");
    Map<String, Object> before = variables(item);

    ResponseEntity<String> response = call("reviewer1", HttpMethod.valueOf(method), path
        .replace("{task}", task.getId()).replace("{instance}", item.getId()),
        body == null ? null : body.replace("{weibo}", weibo));

    assertRefused(response, field);
    assertThat(variables(item)).isEqualTo(before);
    assertThat(engine.getTaskService().getVariablesLocal(task.getId())).isEmpty();
    assertThat(task(item).getId()).isEqualTo(task.getId());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "contentCategory|{\"approved\":{\"value\":true},\"comment\":{\"value\":\"\"},\"contentCategory\":{\"value\":\"ROUTINE\"}}",
      "accountIds|{\"approved\":{\"value\":true},\"accountIds\":{\"value\":\"{weibo}\"}}",
      "source|{\"approved\":{\"value\":true},\"source\":{\"value\":\"某网站\"}}",
      "ruleSet|{\"approved\":{\"value\":true},\"ruleSet\":{\"value\":\"yakeshi\"}}",
      "leaderApproval|{\"approved\":{\"value\":true},\"leaderApproval\":{\"value\":false}}",
  })
  void aReviewerCannotRewriteTheItemInTheCompletion(String field, String variables) throws Exception {
    ProcessInstance item = start(content("MAJOR", wechat));
    Task task = task(item);
    Map<String, Object> before = variables(item);
    List<ReviewEntry> record = reviewLog.read(item.getId());
    String body = "{\"variables\":" + variables.replace("{weibo}", weibo) + "}";
    for (String endpoint : List.of("/complete", "/submit-form")) {
      assertRefused(call("reviewer1", HttpMethod.POST, "/task/" + task.getId() + endpoint, body), field);
      assertThat(task(item).getId()).as("still open").isEqualTo(task.getId());
      assertThat(variables(item)).isEqualTo(before);
      assertThat(reviewLog.read(item.getId())).isEqualTo(record);
    }
  }

  @Test
  void theMainLeaderCannotCorrectTheText() throws Exception {
    ProcessInstance item = start(content("MAJOR", wechat));
    for (String signer : List.of("reviewer1", "reviewer2", "approver1")) {
      sign(item, signer);
    }
    Task leader = task(item);
    assertThat(leader.getTaskDefinitionKey()).isEqualTo("leader-approval");
    assertRefused(call("leader1", HttpMethod.POST, "/task/" + leader.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"body\":{\"value\":\"领导改过的正文\"}}}"), "body");
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "body")).isEqualTo("各单位要做好秋季森林防火工作。");
    assertThat(task(item).getId()).isEqualTo(leader.getId());
  }

  @Test
  void aReviewerCannotDelegateTheTaskToTheAuthor() throws Exception {
    ProcessInstance item = start(content("ROUTINE", wechat));
    Task task = task(item);
    claim(task, "reviewer1");
    ResponseEntity<String> response = call("reviewer1", HttpMethod.POST, "/task/" + task.getId() + "/delegate",
        "{\"userId\":\"editor1\"}");
    assertThat(response.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).doesNotContain("ENGINE-");
    Task after = task(item);
    assertThat(after.getAssignee()).isEqualTo("reviewer1");
    assertThat(after.getOwner()).isNull();
    assertThat(after.getDelegationState()).isNull();
    // Nor may the author be made its assignee.
    assertThat(call("reviewer1", HttpMethod.POST, "/task/" + task.getId() + "/assignee", "{\"userId\":\"editor1\"}")
        .getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
    assertThat(task(item).getAssignee()).isEqualTo("reviewer1");
  }

  @Test
  void candidatesWorkTasksButDoNotSetTheirVariables() throws Exception {
    ProcessInstance item = start(content("ROUTINE", wechat));
    Task task = task(item);
    // A candidate group's default permission is TASK_WORK: read, claim and complete, not update.
    var permission = engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK).resourceId(task.getId())
        .groupIdIn("first-reviewers").singleResult();
    assertThat(permission.isPermissionGranted(org.camunda.bpm.engine.authorization.TaskPermissions.TASK_WORK)).isTrue();
    assertThat(permission.isPermissionGranted(org.camunda.bpm.engine.authorization.Permissions.UPDATE)).isFalse();
    ResponseEntity<String> response = call("reviewer1", HttpMethod.PUT, "/task/" + task.getId() + "/variables/comment",
        "{\"value\":\"预先写好的意见\",\"type\":\"String\"}");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "comment")).isNull();
    claim(task, "reviewer1");
    sign(item, "reviewer1");
    assertThat(task(item).getTaskDefinitionKey()).isEqualTo("second-review");
  }

  @Test
  void aReviewerCannotSetVariablesThroughABpmnError() throws Exception {
    ProcessInstance item = start(content("MAJOR", wechat));
    Task task = task(item);
    Map<String, Object> before = variables(item);
    assertRefused(call("reviewer1", HttpMethod.POST, "/task/" + task.getId() + "/bpmnError",
        "{\"errorCode\":\"skip\",\"variables\":{\"contentCategory\":{\"value\":\"ROUTINE\"}}}"), "审核结论");
    assertThat(task(item).getId()).isEqualTo(task.getId());
    assertThat(variables(item)).isEqualTo(before);
  }

  // --- four eyes at the claim -----------------------------------------------------------------

  @Test
  void whoSignedTheFirstReviewCannotClaimTheSecond() throws Exception {
    createUser("reviewer12", "first-reviewers", "second-reviewers");
    ProcessInstance item = start(content("ROUTINE", wechat));
    assertThat(call("reviewer12", HttpMethod.POST, "/task/" + task(item).getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"初审同意\"},"
            + "\"secrecyChecked\":{\"value\":true}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task second = task(item);
    assertThat(second.getTaskDefinitionKey()).isEqualTo("second-review");

    ResponseEntity<String> claim = call("reviewer12", HttpMethod.POST, "/task/" + second.getId() + "/claim",
        "{\"userId\":\"reviewer12\"}");
    assertRefused(claim, "四眼原则");
    assertThat(claim.getBody()).contains("初审");
    assertThat(task(item).getAssignee()).as("the task stays free").isNull();

    // The author cannot claim a review either, and another reviewer can.
    createUser("editor-reviewer2", "editors", "second-reviewers");
    ProcessInstance own = start(content("ROUTINE", wechat), "editor-reviewer2", "editors", "second-reviewers");
    sign(own, "reviewer1");
    assertRefused(call("editor-reviewer2", HttpMethod.POST, "/task/" + task(own).getId() + "/claim",
        "{\"userId\":\"editor-reviewer2\"}"), "作者");
    assertThat(task(own).getAssignee()).isNull();
    claim(task(item), "reviewer2");
    assertThat(task(item).getAssignee()).isEqualTo("reviewer2");
  }

  // --- corrections and hits -------------------------------------------------------------------

  @Test
  void aCorrectionAtAReviewLevelIsScreenedAgainAndRecorded() throws Exception {
    Map<String, Object> vars = content("ROUTINE", wechat);
    vars.put("body", "经国务院总书记批准，各单位要做好秋季森林防火工作。");
    ProcessInstance item = start(vars);
    assertThat(item).extracting(i -> task(i).getTaskDefinitionKey()).isEqualTo("draft");
    assertThat((String) engine.getRuntimeService().getVariable(item.getId(), "screeningHits"))
        .isEqualTo("正文第2字起「国务院总书记」应为「国务院总理」（职务称谓与机构名称；依据：《中华人民共和国宪法》"
            + "第三章 国家机构（第八十六条：国务院由总理……组成））");
    // The editor submits it unchanged: it goes to review with its hit.
    complete(task(item), "editor1", Map.of(), "editors");
    Task first = task(item);
    assertThat(first.getTaskDefinitionKey()).isEqualTo("first-review");

    assertThat(call("reviewer1", HttpMethod.POST, "/task/" + first.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"已校对\"},"
            + "\"secrecyChecked\":{\"value\":true},\"body\":{\"value\":\"经国务院总理批准，各单位要做好秋季森林防火工作。\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(engine.getRuntimeService().getVariable(item.getId(), "screeningHits")).isEqualTo("无命中");
    JsonNode record = record(item.getBusinessKey());
    JsonNode correction = record.get("corrections").get(0);
    assertThat(correction.get("level").asText()).isEqualTo("first-review");
    assertThat(correction.get("user").asText()).isEqualTo("reviewer1");
    assertThat(correction.get("comment").asText()).isEqualTo("正文第2字起「国务院总书记」改为「国务院总理」");
    assertThat(record.get("screeningHits")).isEmpty();
    String page = as("editor1").exchange("/api/publications/" + item.getBusinessKey() + "/record", HttpMethod.GET,
        new HttpEntity<>(html()), String.class).getBody();
    assertThat(page).contains("校对修改", "reviewer1", "「国务院总书记」改为「国务院总理」");
  }

  @Test
  void anErroneousExpressionHoldsTheFinalSignOffUntilItIsAcknowledged() throws Exception {
    Map<String, Object> vars = content("ROUTINE", wechat);
    vars.put("body", "市安监局发布通知，各单位要做好秋季森林防火工作。");
    ProcessInstance item = start(vars);
    complete(task(item), "editor1", Map.of(), "editors");
    sign(item, "reviewer1");
    sign(item, "reviewer2");
    Task last = task(item);
    assertThat(last.getTaskDefinitionKey()).isEqualTo("final-review");
    List<ReviewEntry> record = reviewLog.read(item.getId());

    String approve = "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"\"}}}";
    assertRefused(call("approver1", HttpMethod.POST, "/task/" + last.getId() + "/complete", approve), "acknowledgeHits");
    String withoutReason = "{\"variables\":{\"approved\":{\"value\":true},\"acknowledgeHits\":{\"value\":true},"
        + "\"comment\":{\"value\":\" \"}}}";
    assertRefused(call("approver1", HttpMethod.POST, "/task/" + last.getId() + "/complete", withoutReason), "comment");
    assertThat(task(item).getId()).isEqualTo(last.getId());
    assertThat(reviewLog.read(item.getId())).isEqualTo(record);
    assertThat(outbox.findByBusinessKeyOrderById(item.getBusinessKey())).isEmpty();

    String acknowledged = "{\"variables\":{\"approved\":{\"value\":true},\"acknowledgeHits\":{\"value\":true},"
        + "\"comment\":{\"value\":\"机构简称沿用原文件，保留\"}}}";
    assertThat(call("approver1", HttpMethod.POST, "/task/" + last.getId() + "/complete", acknowledged)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "acknowledgeHits")).isNull();
    JsonNode reviews = record(item.getBusinessKey()).get("reviews");
    JsonNode acknowledgement = reviews.get(reviews.size() - 2);
    assertThat(acknowledgement.get("kind").asText()).isEqualTo(ReviewEntry.ACKNOWLEDGED_HITS);
    assertThat(acknowledgement.get("user").asText()).isEqualTo("approver1");
    assertThat(acknowledgement.get("comment").asText()).contains("「安监局」应为「应急管理局」", "机构简称沿用原文件，保留");
  }

  @Test
  void advertisingAloneDoesNotHoldTheFinalSignOff() throws Exception {
    Map<String, Object> vars = content("ROUTINE", wechat);
    vars.put("body", "本店限时抢购。");
    ProcessInstance item = start(vars);
    complete(task(item), "editor1", Map.of(), "editors");
    sign(item, "reviewer1");
    sign(item, "reviewer2");
    sign(item, "approver1");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(item.getId()).activityId("publish")
        .count()).isEqualTo(1);
  }

  // --- business keys and records --------------------------------------------------------------

  @Test
  void aClientsBusinessKeyIsIgnoredAndRecordsAreNotMixed() throws Exception {
    ProcessInstance published = start(content("ROUTINE", wechat));
    String key = published.getBusinessKey();
    assertThat(key).startsWith("CP-");
    sign(published, "reviewer1");
    sign(published, "reviewer2");
    sign(published, "approver1");
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(published.getId()).singleResult().getId());
    long outboxRows = outbox.findByBusinessKeyOrderById(key).size();

    String start = "{\"businessKey\":\"" + key + "\",\"variables\":{"
        + "\"title\":{\"value\":\"冒名顶替的标题\"},\"body\":{\"value\":\"各单位要做好秋季森林防火工作。\"},"
        + "\"contentCategory\":{\"value\":\"ROUTINE\"},\"accountIds\":{\"value\":\"" + wechat + "\"}}}";
    ResponseEntity<String> started = call("editor1", HttpMethod.POST,
        "/process-definition/key/content-publication/start", start);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String secondKey = JSON.readTree(started.getBody()).get("businessKey").asText();
    assertThat(secondKey).startsWith("CP-").isNotEqualTo(key);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .isEqualTo(1);

    JsonNode record = record(key);
    assertThat(record.get("title").asText()).isEqualTo("关于秋季防火的通知");
    assertThat(record.get("processInstanceId").asText()).isEqualTo(published.getId());
    assertThat(record.get("outbox")).hasSize((int) outboxRows);
    JsonNode second = record(secondKey);
    assertThat(second.get("title").asText()).isEqualTo("冒名顶替的标题");
    assertThat(second.get("outbox")).isEmpty();
    assertThat(outbox.findByBusinessKeyOrderById(key)).extracting(OutboxRecord::getAccountId).containsOnly(wechat);
  }

  // --- helpers --------------------------------------------------------------------------------

  private void assertRefused(ResponseEntity<String> response, String named) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(named).doesNotContain("ENGINE-", "Cannot ", "Exception:");
    assertThat(response.getBody()).containsPattern("\\p{IsHan}");
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  private void claim(Task task, String user) {
    assertThat(call(user, HttpMethod.POST, "/task/" + task.getId() + "/claim", "{\"userId\":\"" + user + "\"}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private JsonNode record(String key) throws Exception {
    return JSON.readTree(as("editor1").getForObject("/api/publications/" + key + "/record", String.class));
  }

  private static HttpHeaders html() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return headers;
  }

  private Map<String, Object> variables(ProcessInstance item) {
    return engine.getRuntimeService().getVariables(item.getId());
  }

  private String account(AccountPlatform platform) {
    return register.registerExisting(new AccountData("县人社局 " + UUID.randomUUID(), platform,
        AccountClass.OTHER, "县人力资源和社会保障局", "gaoxian-2023", null, null, null), "test").getId().toString();
  }

  private static Map<String, Object> content(String category, String accounts) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", "关于秋季防火的通知");
    vars.put("body", "各单位要做好秋季森林防火工作。");
    vars.put("contentCategory", category);
    vars.put("accountIds", accounts);
    return vars;
  }

  private ProcessInstance start(Map<String, Object> vars) {
    return start(vars, "editor1", "editors");
  }

  private ProcessInstance start(Map<String, Object> vars, String user, String... groups) {
    engine.getIdentityService().setAuthentication(user, List.of(groups));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey("content-publication", vars);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Task task(ProcessInstance item) {
    return engine.getTaskService().createTaskQuery().processInstanceId(item.getId()).singleResult();
  }

  /** The open review of the item approved over REST by the user. */
  /** Approves the item's open task as the user; at 初审 with the confidentiality check stated (保密审查). */
  private void sign(ProcessInstance item, String user) {
    Task open = task(item);
    String secrecy = "first-review".equals(open.getTaskDefinitionKey()) ? ",\"secrecyChecked\":{\"value\":true}" : "";
    assertThat(call(user, HttpMethod.POST, "/task/" + open.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"}" + secrecy + "}}")
        .getStatusCode()).as(user).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void complete(Task task, String user, Map<String, Object> vars, String... groups) {
    engine.getIdentityService().setAuthentication(user, List.of(groups));
    try {
      engine.getTaskService().complete(task.getId(), vars);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
