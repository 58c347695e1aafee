package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The new steps of content-publication attacked over /engine-rest with the attacker's own password:
 * the consulted unit rewriting what it agrees to, someone other than the leader in charge signing
 * in its place, who signed 终审 signing again, a reviewer dodging the consultation or the pace, the
 * correction's signer rewriting the withdrawn item. Each is refused and nothing changes.
 */
class PublicationRulesAttackTest extends IntegrationTest {

  private static final String DEPUTY = "deputy-in-charge1";

  @Autowired AccountRegister register;
  @Autowired ReviewLog reviewLog;

  private String wechat;

  @BeforeEach
  void setUp() {
    createUser(DEPUTY, "final-approvers");
    wechat = register.registerExisting(new AccountData("县人社局 " + UUID.randomUUID(), AccountPlatform.WECHAT,
        AccountClass.OTHER, "县人力资源和社会保障局", "baicheng-2021", null, null, null), "test").getId().toString();
  }

  // --- 会商: the consulted unit agrees or objects, nothing more -------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "title|{\"approved\":{\"value\":true},\"title\":{\"value\":\"改过的标题\"}}",
      "body|{\"approved\":{\"value\":true},\"body\":{\"value\":\"改过的正文\"}}",
      "contentCategory|{\"approved\":{\"value\":true},\"contentCategory\":{\"value\":\"ROUTINE\"}}",
      "consultedUnit|{\"approved\":{\"value\":true},\"consultedUnit\":{\"value\":\"\"}}",
      "accountIds|{\"approved\":{\"value\":true},\"accountIds\":{\"value\":\"1\"}}",
      "secrecyChecked|{\"approved\":{\"value\":true},\"secrecyChecked\":{\"value\":true}}",
      "leaderInChargeApproval|{\"approved\":{\"value\":true},\"leaderInChargeApproval\":{\"value\":false}}",
      "reviewDue|{\"approved\":{\"value\":true},\"reviewDue\":{\"value\":\"P30D\"}}",
  })
  void theConsultedUnitCannotCompleteWithAnythingButItsOpinion(String field, String variables) {
    ProcessInstance item = atConsultation("POLICY");
    Task consult = task(item);
    Map<String, Object> before = variables(item);
    List<ReviewEntry> record = reviewLog.read(item.getId());
    for (String endpoint : List.of("/complete", "/submit-form")) {
      assertRefused(call("dept1", HttpMethod.POST, "/task/" + consult.getId() + endpoint,
          "{\"variables\":" + variables + "}"), field);
      assertThat(task(item).getId()).as("still open").isEqualTo(consult.getId());
      assertThat(variables(item)).isEqualTo(before);
      assertThat(reviewLog.read(item.getId())).isEqualTo(record);
    }
  }

  @Test
  void theConsultedUnitCannotSetTheItemsTextAsTaskVariables() {
    ProcessInstance item = atConsultation("ROUTINE");
    Task consult = task(item);
    // The unit reads its form and the item in Tasklist.
    ResponseEntity<String> form = as("dept1").getForEntity("/engine-rest/task/" + consult.getId() + "/deployed-form",
        String.class);
    assertThat(form.getStatusCode()).as(form.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("会商", "有异议");
    assertThat(as("dept1").getForObject("/engine-rest/task/" + consult.getId() + "/form-variables", String.class))
        .contains("关于秋季防火的通知", "县就业服务中心");
    Map<String, Object> before = variables(item);
    assertRefused(call("dept1", HttpMethod.PUT, "/task/" + consult.getId() + "/variables/body",
        "{\"value\":\"改过的正文\",\"type\":\"String\"}"), "body");
    assertRefused(call("dept1", HttpMethod.POST, "/process-instance/" + item.getId() + "/variables",
        "{\"modifications\":{\"title\":{\"value\":\"改过的标题\"}}}"), "title");
    assertThat(variables(item)).isEqualTo(before);
    // Its own opinion it gives: the item goes on to 终审 unchanged.
    assertThat(call("dept1", HttpMethod.POST, "/task/" + consult.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"无异议\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(task(item).getTaskDefinitionKey()).isEqualTo("final-review");
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "body")).isEqualTo("各单位要做好秋季森林防火工作。");
  }

  @Test
  void theAuthorCannotAnswerTheConsultationForTheUnit() {
    createUser("editor-dept", "editors", "departments");
    Map<String, Object> vars = content("ROUTINE");
    vars.put("consultedUnit", "县就业服务中心");
    ProcessInstance item = start(vars, "editor-dept", "editors", "departments");
    sign(item, "reviewer1", true);
    sign(item, "reviewer2", false);
    Task consult = task(item);
    assertThat(consult.getTaskDefinitionKey()).isEqualTo("consult-unit");
    List<ReviewEntry> record = reviewLog.read(item.getId());
    assertRefused(call("editor-dept", HttpMethod.POST, "/task/" + consult.getId() + "/claim",
        "{\"userId\":\"editor-dept\"}"), "四眼原则");
    assertRefused(call("editor-dept", HttpMethod.POST, "/task/" + consult.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"\"}}}"), "四眼原则");
    assertThat(task(item).getAssignee()).isNull();
    assertThat(task(item).getId()).isEqualTo(consult.getId());
    assertThat(reviewLog.read(item.getId())).isEqualTo(record);
  }

  // --- a reviewer cannot dodge the consultation or the pace ---------------------------------------

  @Test
  void aReviewerCannotTakeTheConsultedUnitOffTheItem() {
    Map<String, Object> vars = content("ROUTINE");
    vars.put("consultedUnit", "县社保中心");
    ProcessInstance item = start(vars, "editor1", "editors");
    sign(item, "reviewer1", true);
    Task second = task(item);
    Map<String, Object> before = variables(item);
    assertRefused(call("reviewer2", HttpMethod.POST, "/task/" + second.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"consultedUnit\":{\"value\":\"\"}}}"), "consultedUnit");
    assertRefused(call("reviewer2", HttpMethod.PUT, "/process-instance/" + item.getId() + "/variables/consultedUnit",
        "{\"value\":\"\",\"type\":\"String\"}"), "consultedUnit");
    assertRefused(call("reviewer2", HttpMethod.POST, "/process-instance/" + item.getId() + "/variables",
        "{\"modifications\":{\"reviewDue\":{\"value\":\"P30D\"}}}"), "reviewDue");
    assertRefused(call("reviewer2", HttpMethod.PUT, "/process-instance/" + item.getId() + "/variables/reviewPriority",
        "{\"value\":0,\"type\":\"Integer\"}"), "reviewPriority");
    assertThat(variables(item)).isEqualTo(before);
    sign(item, "reviewer2", false);
    assertThat(task(item).getTaskDefinitionKey()).isEqualTo("consult-unit");
  }

  @Test
  void onlyTheFirstReviewStatesTheConfidentialityCheck() {
    ProcessInstance item = start(content("ROUTINE"), "editor1", "editors");
    sign(item, "reviewer1", true);
    Task second = task(item);
    assertRefused(call("reviewer2", HttpMethod.POST, "/task/" + second.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"secrecyChecked\":{\"value\":true}}}"), "secrecyChecked");
    assertThat(task(item).getId()).isEqualTo(second.getId());
  }

  // --- 分管领导: only the leader in charge, never who signed 终审 ------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"reviewer1", "reviewer2", "editor1", "dept1", "hotline1", "leader1", "reviewer-unsigned"})
  void noOneOutsideTheLeadersGroupSignsForTheLeaderInCharge(String attacker) {
    createUser("reviewer-unsigned", "first-reviewers", "second-reviewers");
    ProcessInstance item = atLeaderInCharge();
    Task leader = task(item);
    List<ReviewEntry> record = reviewLog.read(item.getId());
    ResponseEntity<String> response = call(attacker, HttpMethod.POST, "/task/" + leader.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"}}}");
    assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> claim = call(attacker, HttpMethod.POST, "/task/" + leader.getId() + "/claim",
        "{\"userId\":\"" + attacker + "\"}");
    // Who signed the item is refused by four eyes (400) before the group is even asked; others by the group (403/404).
    assertThat(claim.getStatusCode()).as(claim.getBody())
        .isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(task(item).getId()).isEqualTo(leader.getId());
    assertThat(task(item).getAssignee()).isNull();
    assertThat(reviewLog.read(item.getId())).isEqualTo(record);
  }

  @Test
  void whoSignedTheFinalReviewCannotSignAsTheLeaderInCharge() {
    ProcessInstance item = atLeaderInCharge();
    Task leader = task(item);
    List<ReviewEntry> record = reviewLog.read(item.getId());
    ResponseEntity<String> claim = call("approver1", HttpMethod.POST, "/task/" + leader.getId() + "/claim",
        "{\"userId\":\"approver1\"}");
    assertRefused(claim, "四眼原则");
    assertThat(claim.getBody()).contains("终审");
    assertRefused(call("approver1", HttpMethod.POST, "/task/" + leader.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"\"}}}"), "四眼原则");
    assertThat(task(item).getAssignee()).isNull();
    assertThat(reviewLog.read(item.getId())).isEqualTo(record);
    // The leader in charge cannot rewrite the text either; plain approval passes.
    assertRefused(call(DEPUTY, HttpMethod.POST, "/task/" + leader.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"body\":{\"value\":\"领导改过的正文\"}}}"), "body");
    assertThat(call(DEPUTY, HttpMethod.POST, "/task/" + leader.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"}}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "body")).isEqualTo("各单位要做好秋季森林防火工作。");
  }

  // --- 更正致歉: the notice, not the withdrawn item ---------------------------------------------------

  @Test
  void theCorrectionsSignerCannotRewriteTheWithdrawnItem() {
    ProcessInstance item = start(content("ROUTINE"), "editor1", "editors");
    sign(item, "reviewer1", true);
    sign(item, "reviewer2", false);
    sign(item, "approver1", false);
    executeJob(item);
    call("reviewer1", HttpMethod.POST, "/task/" + task(item).getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"数据有误\"}}}");
    executeJob(item);
    Task notice = task(item);
    assertThat(notice.getTaskDefinitionKey()).isEqualTo("correction-notice");
    Map<String, Object> before = variables(item);
    assertRefused(call("approver1", HttpMethod.POST, "/task/" + notice.getId() + "/complete",
        "{\"variables\":{\"correctionNotice\":{\"value\":\"特此致歉\"},\"title\":{\"value\":\"改过的标题\"}}}"), "title");
    assertRefused(call("approver1", HttpMethod.POST, "/task/" + notice.getId() + "/complete",
        "{\"variables\":{\"correctionNotice\":{\"value\":\"特此致歉\"},\"approved\":{\"value\":true}}}"), "approved");
    assertThat(variables(item)).isEqualTo(before);
    assertThat(call("editor1", HttpMethod.POST, "/task/" + notice.getId() + "/complete",
        "{\"variables\":{\"correctionNotice\":{\"value\":\"特此致歉\"}}}").getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(task(item).getId()).isEqualTo(notice.getId());
  }

  // --- helpers --------------------------------------------------------------------------------

  /** An item naming a unit, through 初审 and 复审, waiting for the unit. */
  private ProcessInstance atConsultation(String category) {
    Map<String, Object> vars = content(category);
    vars.put("consultedUnit", "县就业服务中心");
    ProcessInstance item = start(vars, "editor1", "editors");
    sign(item, "reviewer1", true);
    sign(item, "reviewer2", false);
    assertThat(task(item).getTaskDefinitionKey()).isEqualTo("consult-unit");
    return item;
  }

  /** A policy item signed at three levels, waiting for the leader in charge. */
  private ProcessInstance atLeaderInCharge() {
    ProcessInstance item = start(content("POLICY"), "editor1", "editors");
    sign(item, "reviewer1", true);
    sign(item, "reviewer2", false);
    sign(item, "approver1", false);
    assertThat(task(item).getTaskDefinitionKey()).isEqualTo("leader-in-charge-approval");
    return item;
  }

  private Map<String, Object> content(String category) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", "关于秋季防火的通知");
    vars.put("body", "各单位要做好秋季森林防火工作。");
    vars.put("contentCategory", category);
    vars.put("accountIds", wechat);
    return vars;
  }

  private ProcessInstance start(Map<String, Object> vars, String user, String... groups) {
    engine.getIdentityService().setAuthentication(user, List.of(groups));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey("content-publication", vars);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Approves the open task over REST as the user; {@code secrecy}: with 初审's confidentiality check. */
  private void sign(ProcessInstance item, String user, boolean secrecy) {
    String check = secrecy ? ",\"secrecyChecked\":{\"value\":true}" : "";
    ResponseEntity<String> response = call(user, HttpMethod.POST, "/task/" + task(item).getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意\"}" + check + "}}");
    assertThat(response.getStatusCode()).as(user + ": " + response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void executeJob(ProcessInstance item) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(item.getId()).singleResult().getId());
  }

  private Task task(ProcessInstance item) {
    return engine.getTaskService().createTaskQuery().processInstanceId(item.getId()).singleResult();
  }

  private Map<String, Object> variables(ProcessInstance item) {
    return engine.getRuntimeService().getVariables(item.getId());
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static void assertRefused(ResponseEntity<String> response, String named) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains(named).doesNotContain("ENGINE-", "Cannot ", "Exception:");
    assertThat(response.getBody()).containsPattern("\\p{IsHan}");
  }
}
