package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.channel.OutboxRepository;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The publication rules of issue 17, each a step of content-publication walked through its path:
 * 保密审查 at 初审 (baicheng art. 6), 会商 with the unit an item touches before 终审 (baicheng art. 4),
 * 重要政务信息 to the leader in charge (baicheng art. 7), the emergency fast path with every signature
 * (yanchi annex 2 art. 24), and the public correction after a withdrawal (yanchi annex 2 art. 18(4)).
 */
class PublicationRulesProcessTest extends IntegrationTest {

  /** A second member of final-approvers: the leader in charge, who did not sign 终审. */
  private static final String DEPUTY = "deputy-in-charge1";

  @Autowired AccountRegister register;
  @Autowired OutboxRepository outbox;
  @Autowired ReviewLog reviewLog;

  private String wechat;
  private String weibo;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    createUser(DEPUTY, "final-approvers");
    wechat = account(AccountPlatform.WECHAT);
    weibo = account(AccountPlatform.WEIBO);
  }

  // --- 1. 保密审查 at 初审 -------------------------------------------------------------------------

  @Test
  void theFirstReviewApprovesOnlyWithTheConfidentialityCheckWhichTheRecordKeeps() {
    // Given a clean routine item at 初审
    ProcessInstance item = start(content("ROUTINE"));
    assertThat(item).isWaitingAt("first-review");
    assertThat(form(item)).isEqualTo("publication-first-review");
    List<ReviewEntry> before = reviewLog.read(item.getId());

    // When the first reviewer approves without stating the check
    // Then it is refused in Chinese, naming the field, and nothing is recorded
    assertThatThrownBy(() -> complete(task(item), "reviewer1", Map.of("approved", "true", "comment", ""),
        "first-reviewers")).hasMessageContaining("保密审查").hasMessageContaining("secrecyChecked");
    assertThatThrownBy(() -> complete(task(item), "reviewer1",
        Map.of("approved", "true", "comment", "", "secrecyChecked", false), "first-reviewers"))
        .hasMessageContaining("保密审查");
    assertThat(item).isWaitingAt("first-review");
    assertThat(reviewLog.read(item.getId())).isEqualTo(before);

    // When they approve with the check stated
    complete(task(item), "reviewer1", Map.of("approved", "true", "comment", "同意", "secrecyChecked", true),
        "first-reviewers");

    // Then the journal holds the check under the first reviewer, before the signature, and the
    // statement is not left on the item for the next level
    assertThat(item).isWaitingAt("second-review");
    List<ReviewEntry> record = reviewLog.read(item.getId());
    ReviewEntry check = record.get(record.size() - 2);
    assertThat(check.kind()).isEqualTo(ReviewEntry.SECRECY_CHECK);
    assertThat(check.level()).isEqualTo("first-review");
    assertThat(check.user()).isEqualTo("reviewer1");
    assertThat(check.decision(false)).isEqualTo("保密审查");
    assertThat(record.get(record.size() - 1).approved()).isTrue();
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "secrecyChecked")).isNull();
  }

  @Test
  void aRejectionAtTheFirstReviewNeedsNoConfidentialityCheck() {
    ProcessInstance item = start(content("ROUTINE"));
    complete(task(item), "reviewer1", Map.of("approved", "false", "comment", "请补充出处"), "first-reviewers");
    assertThat(item).isWaitingAt("draft");
    assertThat(reviewLog.read(item.getId())).noneMatch(e -> ReviewEntry.SECRECY_CHECK.equals(e.kind()));
  }

  // --- 2. 会商 before 终审 ----------------------------------------------------------------------

  @Test
  void anItemThatNamesAnotherUnitIsAgreedWithItBeforeTheFinalReview() {
    // Given an item that touches the employment service centre's work
    Map<String, Object> vars = content("ROUTINE");
    vars.put("consultedUnit", "  县就业服务中心 ");
    ProcessInstance item = start(vars);
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "consultedUnit")).isEqualTo("县就业服务中心");

    // When 初审 and 复审 approve
    sign(item, "reviewer1", "first-reviewers", true, "");
    sign(item, "reviewer2", "second-reviewers", true, "");

    // Then the unit is consulted before 终审, by the departments group
    assertThat(item).isWaitingAt("consult-unit");
    assertThat(task(item)).hasCandidateGroup("departments");
    assertThat(form(item)).isEqualTo("publication-consult");

    // When the unit objects, Then the item goes back to its editor with the objection
    sign(item, "dept1", "departments", false, "就业补贴标准已调整，请按新标准修改");
    assertThat(item).isWaitingAt("draft");
    assertThat((String) engine.getRuntimeService().getVariable(item.getId(), "reviewComments"))
        .contains("会商", "就业补贴标准已调整");

    // When the revised item passes the reviews again and the unit agrees
    complete(task(item), "editor1", Map.of("body", "各单位要做好秋季森林防火工作，就业补贴按新标准执行。"), "editors");
    sign(item, "reviewer1", "first-reviewers", true, "");
    sign(item, "reviewer2", "second-reviewers", true, "");
    sign(item, "dept1", "departments", true, "无异议");

    // Then 终审 signs and the item is published with the unit's agreement in its signatures
    assertThat(item).isWaitingAt("final-review");
    sign(item, "approver1", "final-approvers", true, "");
    executeJob(item);
    assertThat(item).isWaitingAt("post-publication-check")
        .hasPassedInOrder("second-review", "consult-unit", "final-review", "publish");
    assertThat(outbox.findByBusinessKeyOrderById(item.getBusinessKey())).isNotEmpty();
  }

  @Test
  void anItemThatNamesNoUnitGoesStraightToTheFinalReview() {
    ProcessInstance item = start(content("ROUTINE"));
    sign(item, "reviewer1", "first-reviewers", true, "");
    sign(item, "reviewer2", "second-reviewers", true, "");
    assertThat(item).isWaitingAt("final-review").hasNotPassed("consult-unit");
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "consultedUnit")).isEqualTo("");
  }

  @Test
  void aConsultedUnitMovedPastIsNotPublished() {
    // Given an item naming a unit, moved by an administrator from the consultation to publish
    Map<String, Object> vars = content("ROUTINE");
    vars.put("consultedUnit", "县社保中心");
    ProcessInstance item = start(vars);
    sign(item, "reviewer1", "first-reviewers", true, "");
    sign(item, "reviewer2", "second-reviewers", true, "");
    engine.getRuntimeService().createProcessInstanceModification(item.getId())
        .cancelAllForActivity("consult-unit").startBeforeActivity("final-review").execute();
    sign(item, "approver1", "final-approvers", true, "");

    // Then the publication lacks the unit's agreement and sends nothing
    Job job = job(item);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).hasMessageContaining("会商");
    assertThat(outbox.findByBusinessKeyOrderById(item.getBusinessKey())).isEmpty();
  }

  // --- 3. 重要政务信息 to the leader in charge -------------------------------------------------

  @Test
  void anImportantPolicyItemGoesToTheLeaderInChargeNotTheMainLeader() {
    // Given a policy item signed at three levels
    ProcessInstance item = start(content("POLICY"));
    signThreeLevels(item);

    // Then it waits for the leader in charge (final-approvers), not the main leader
    assertThat(item).isWaitingAt("leader-in-charge-approval");
    assertThat(task(item)).hasCandidateGroup("final-approvers");
    assertThat(form(item)).isEqualTo("publication-leader-in-charge");

    // When who signed 终审 tries to sign it too, Then four eyes refuse
    assertThatThrownBy(() -> sign(item, "approver1", "final-approvers", true, "")).hasMessageContaining("四眼原则");

    // When the leader in charge approves, Then it is published without the main leader
    sign(item, DEPUTY, "final-approvers", true, "同意发布");
    assertThat(item).isWaitingAt("publish").hasNotPassed("leader-approval");
    executeJob(item);
    assertThat(item).isWaitingAt("post-publication-check");
    assertThat(reviewLog.read(item.getId())).anySatisfy(e -> {
      assertThat(e.level()).isEqualTo("leader-in-charge-approval");
      assertThat(e.user()).isEqualTo(DEPUTY);
      assertThat(e.levelName(false)).isEqualTo("分管领导审核");
    });
  }

  @Test
  void theLeaderInChargeMaySendThePolicyItemBack() {
    ProcessInstance item = start(content("POLICY"));
    signThreeLevels(item);
    sign(item, DEPUTY, "final-approvers", false, "口径需与市局一致");
    assertThat(item).isWaitingAt("draft");
  }

  @Test
  void aPolicyItemMovedPastTheLeaderInChargeIsNotPublished() {
    ProcessInstance item = start(content("POLICY"));
    signThreeLevels(item);
    engine.getRuntimeService().createProcessInstanceModification(item.getId())
        .cancelAllForActivity("leader-in-charge-approval").startBeforeActivity("publish").execute();
    Job job = job(item);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).hasMessageContaining("分管领导");
    assertThat(outbox.findByBusinessKeyOrderById(item.getBusinessKey())).isEmpty();
  }

  // --- 4. the emergency fast path --------------------------------------------------------------

  @Test
  void anEmergencyIsAskedOfEverySignerAtOnceAndStillNeedsEverySignature() {
    // Given the engine clock at a known moment and an emergency item
    Instant now = Instant.parse("2026-07-01T02:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance item = start(content("EMERGENCY"));

    // Then 初审 is due within the hour and tops the list
    assertThat(item).isWaitingAt("first-review");
    assertThat(task(item).getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofHours(1))));
    assertThat(task(item).getPriority()).isEqualTo(90);

    // When each level signs twenty minutes later, Then the next is due an hour after it was asked
    for (String[] level : new String[][] {{"reviewer1", "first-reviewers"}, {"reviewer2", "second-reviewers"},
        {"approver1", "final-approvers"}}) {
      now = now.plus(Duration.ofMinutes(20));
      ClockUtil.setCurrentTime(Date.from(now));
      sign(item, level[0], level[1], true, "");
      assertThat(task(item).getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofHours(1))));
      assertThat(task(item).getPriority()).isEqualTo(90);
    }

    // Then the main leader still signs (the same signatures as any emergency), and only then it goes out
    assertThat(item).isWaitingAt("leader-approval").hasPassedInOrder("decide-review-pace", "first-review",
        "second-review", "final-review");
    sign(item, "leader1", "main-leaders", true, "同意立即发布");
    executeJob(item);
    assertThat(item).isWaitingAt("post-publication-check");
  }

  @Test
  void aRoutineItemHasNoDueDateAndTheUsualPriority() {
    ProcessInstance item = start(content("ROUTINE"));
    assertThat(task(item).getDueDate()).isNull();
    assertThat(task(item).getPriority()).isEqualTo(50);
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "reviewDue")).isNull();
  }

  @Test
  void anItemRecategorisedAsAnEmergencyInItsDraftIsPacedFromItsNextReview() {
    ProcessInstance item = start(content("ROUTINE"));
    sign(item, "reviewer1", "first-reviewers", false, "属于突发事件，请按突发事件报送");
    complete(task(item), "editor1", Map.of("contentCategory", "EMERGENCY"), "editors");
    assertThat(item).isWaitingAt("first-review");
    assertThat(task(item).getDueDate()).isNotNull();
    assertThat(task(item).getPriority()).isEqualTo(90);
  }

  // --- 5. the public correction after a withdrawal ---------------------------------------------

  @Test
  void aWithdrawnItemIsCorrectedInPublicBeforeItIsRevised() {
    // Given a routine item published on two accounts
    ProcessInstance item = start(content("ROUTINE"));
    String id = item.getBusinessKey();
    signThreeLevels(item);
    executeJob(item);

    // When the post-publication check finds a problem and the item is withdrawn
    sign(item, "reviewer1", "first-reviewers", false, "日期有误");
    executeJob(item);

    // Then the leader in charge is asked for the public correction or apology
    assertThat(item).isWaitingAt("correction-notice");
    assertThat(task(item)).hasCandidateGroup("final-approvers");
    assertThatThrownBy(() -> complete(task(item), "approver1", Map.of("correctionNotice", "  "), "final-approvers"))
        .hasMessageContaining("更正致歉说明");
    assertThat(item).isWaitingAt("correction-notice");

    // When it is written
    String notice = "我局此前发布的《关于秋季防火的通知》日期有误，现已撤回更正，特此致歉。";
    complete(task(item), "approver1", Map.of("correctionNotice", notice), "final-approvers");

    // Then it is kept in the journal and goes out on every account of the item
    assertThat(reviewLog.read(item.getId())).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(ReviewEntry.CORRECTION_NOTICE);
      assertThat(e.user()).isEqualTo("approver1");
      assertThat(e.comment()).isEqualTo(notice);
    });
    assertThat(item).isWaitingAt("publish-correction");
    executeJob(item);
    List<OutboxRecord> notices = outbox.findByBusinessKeyOrderById(id).stream()
        .filter(r -> r.getTitle() != null && r.getTitle().startsWith("更正说明")).toList();
    assertThat(notices).extracting(OutboxRecord::getAccountId).containsExactly(wechat, weibo);
    assertThat(notices).extracting(OutboxRecord::getAction).containsOnly(OutboxRecord.Action.PUBLISH);
    assertThat(notices).allSatisfy(r -> assertThat(r.getBody()).isEqualTo(notice));

    // And the record page shows it, and the editor revises the item
    HttpHeaders html = new HttpHeaders();
    html.setAccept(List.of(MediaType.TEXT_HTML));
    assertThat(as("editor1").exchange("/api/publications/" + id + "/record", HttpMethod.GET,
        new HttpEntity<>(html), String.class).getBody()).contains("更正致歉", "特此致歉");
    assertThat(item).isWaitingAt("draft");

    // The signer of the notice may sign 终审 of the corrected item (the notice is not a review level)
    complete(task(item), "editor1", Map.of("body", "各单位要做好秋季森林防火工作，时间为十月一日起。"), "editors");
    signThreeLevels(item);
    assertThat(item).isWaitingAt("publish");
  }

  // --- helpers --------------------------------------------------------------------------------

  private String account(AccountPlatform platform) {
    return register.registerExisting(new AccountData("县人社局 " + UUID.randomUUID(), platform,
        AccountClass.OTHER, "县人力资源和社会保障局", "baicheng-2021", null, null, null), "test").getId().toString();
  }

  private Map<String, Object> content(String category) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", "关于秋季防火的通知");
    vars.put("body", "各单位要做好秋季森林防火工作。");
    vars.put("contentCategory", category);
    vars.put("accountIds", wechat + "," + weibo);
    return vars;
  }

  private ProcessInstance start(Map<String, Object> vars) {
    engine.getIdentityService().setAuthentication("editor1", List.of("editors"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey("content-publication", vars);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Task task(ProcessInstance item) {
    return engine.getTaskService().createTaskQuery().processInstanceId(item.getId()).singleResult();
  }

  /** The Camunda Form the open task of the item shows in Tasklist. */
  private String form(ProcessInstance item) {
    return engine.getTaskService().createTaskQuery().processInstanceId(item.getId()).initializeFormKeys()
        .singleResult().getCamundaFormRef().getKey();
  }

  private Job job(ProcessInstance item) {
    return engine.getManagementService().createJobQuery().processInstanceId(item.getId()).singleResult();
  }

  private void executeJob(ProcessInstance item) {
    engine.getManagementService().executeJob(job(item).getId());
  }

  /** Decides the open task as the user; an approval at 初审 states the confidentiality check. */
  private void sign(ProcessInstance item, String user, String group, boolean approved, String comment) {
    Task open = task(item);
    Map<String, Object> vars = new HashMap<>(Map.of("approved", String.valueOf(approved), "comment", comment));
    if (approved && "first-review".equals(open.getTaskDefinitionKey())) {
      vars.put("secrecyChecked", true);
    }
    complete(open, user, vars, group);
  }

  private void signThreeLevels(ProcessInstance item) {
    sign(item, "reviewer1", "first-reviewers", true, "");
    sign(item, "reviewer2", "second-reviewers", true, "");
    sign(item, "approver1", "final-approvers", true, "");
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
