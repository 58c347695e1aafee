package org.govmedia.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountPostRepository;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.channel.OutboxRepository;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Defence in depth: the administrator may start a process midway (or move an instance), but the
 * acting steps check their own preconditions in the application's records, so an instance that
 * reaches one without them fails into an incident at its first attempt and nothing goes out, even
 * with the variables a client would forge ({@code approved=true}, {@code escalationAction=SHUTDOWN}).
 */
class PreconditionIncidentTest extends IntegrationTest {

  @Autowired AccountRegister register;
  @Autowired OutboxRepository outbox;
  @Autowired AccountPostRepository posts;

  private String account;

  @BeforeEach
  void anAccount() {
    account = register.registerExisting(new AccountData("县人社局 " + UUID.randomUUID(), AccountPlatform.WECHAT,
        AccountClass.OTHER, "县人社局", "gaoxian-2023", null, null, null), "test").getId().toString();
  }

  @Test
  void anItemStartedAtPublishByTheAdministratorIsNotPublished() {
    Map<String, Object> forged = publication("ROUTINE");
    forged.put("approved", true);
    forged.put("leaderApproval", false);
    ProcessInstance item = asAdmin(() -> engine.getRuntimeService().createProcessInstanceByKey("content-publication")
        .businessKey("CP-MIDWAY-" + UUID.randomUUID().toString().substring(0, 8)).setVariables(forged)
        .startBeforeActivity("publish").execute());

    Incident incident = failsIntoAnIncident(item, "publish", "先审后发");
    assertThat(incident.getIncidentMessage()).contains("登记");
    assertThat(outbox.findByBusinessKeyOrderById(item.getBusinessKey())).isEmpty();
    assertThat(posts.findByAccountIdOrderByPostDateDesc(account)).isEmpty();
  }

  @Test
  void aMajorItemMovedPastTheMainLeaderIsNotPublished() {
    ProcessInstance item = as("editor1", "editors", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("content-publication", publication("MAJOR")));
    completeAs("reviewer1", "first-reviewers", item, "first-review", Map.of("approved", true, "comment", "", "secrecyChecked", true));
    completeAs("reviewer2", "second-reviewers", item, "second-review", Map.of("approved", true, "comment", ""));
    completeAs("approver1", "final-approvers", item, "final-review", Map.of("approved", true, "comment", ""));
    assertThat(engine.getRuntimeService().getActiveActivityIds(item.getId())).containsExactly("leader-approval");

    // The administrator moves the item past the main leader: three signatures, but not the fourth.
    asAdmin(() -> {
      engine.getRuntimeService().createProcessInstanceModification(item.getId())
          .cancelAllForActivity("leader-approval").startBeforeActivity("publish").execute();
      return null;
    });
    failsIntoAnIncident(item, "publish", "主要领导");
    assertThat(outbox.findByBusinessKeyOrderById(item.getBusinessKey())).isEmpty();
    assertThat(posts.findByAccountIdOrderByPostDateDesc(account)).isEmpty();
  }

  @Test
  void aReplyStartedAtPublishReplyByTheAdministratorIsNotPublished() {
    String messageId = "M-MIDWAY-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> forged = new HashMap<>(message(messageId));
    forged.put("approved", true);
    forged.put("replyText", "未经审批的答复");
    ProcessInstance reply = asAdmin(() -> engine.getRuntimeService().createProcessInstanceByKey("message-reply")
        .businessKey(messageId).setVariables(forged).startBeforeActivity("publish-reply").execute());

    failsIntoAnIncident(reply, "publish-reply", "答复审批");
    assertThat(outbox.countByBusinessKeyAndAction(messageId, OutboxRecord.Action.REPLY)).isZero();
  }

  @Test
  void aRejectedReplyMovedToPublishReplyIsNotPublished() {
    String messageId = "M-REJECTED-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance reply = engine.getRuntimeService().createProcessInstanceByKey("message-reply")
        .businessKey(messageId).setVariables(message(messageId)).execute();
    completeAsApplication(reply, "triage", Map.of("classification", "CONSULTATION", "department", "社保科",
        "majorOpinion", false));
    completeAsApplication(reply, "draft-reply", Map.of("replyText", "草稿"));
    completeAsApplication(reply, "approve-reply", Map.of("approved", "false", "comment", "请重拟"));
    assertThat(engine.getRuntimeService().getActiveActivityIds(reply.getId())).contains("draft-reply");

    asAdmin(() -> {
      engine.getRuntimeService().createProcessInstanceModification(reply.getId())
          .cancelAllForActivity("handle-message").startBeforeActivity("publish-reply")
          .setVariable("approved", true).execute();
      return null;
    });
    failsIntoAnIncident(reply, "publish-reply", "不同意");
    assertThat(outbox.countByBusinessKeyAndAction(messageId, OutboxRecord.Action.REPLY)).isZero();
  }

  @Test
  void aClosingStartedAtCloseAccountByTheAdministratorLeavesTheAccountOpen() {
    ProcessInstance closing = asAdmin(() -> engine.getRuntimeService().createProcessInstanceByKey("account-closing")
        .businessKey(account).setVariables(Map.of("accountId", account, "closingReason", "未经主要领导",
            "approved", true, "decidedBy", "leader1"))
        .startBeforeActivity("close-account").execute());

    failsIntoAnIncident(closing, "close-account", "主要领导审批");
    assertThat(register.find(account).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(register.history(Long.valueOf(account))).noneMatch(c -> c.getToStatus() == AccountStatus.CLOSED);
  }

  @Test
  void aSupervisionStartedAtShutDownAccountByTheAdministratorLeavesTheAccountOpen() {
    long filings = cancelFilings();
    ProcessInstance supervision = asAdmin(() -> engine.getRuntimeService()
        .createProcessInstanceByKey("account-supervision").businessKey(account + ":2025-10")
        .setVariables(Map.of("accountId", account, "period", "2025-10", "escalationAction", "SHUTDOWN"))
        .startBeforeActivity("shut-down-account").execute());

    failsIntoAnIncident(supervision, "shut-down-account", "处置决定");
    assertThat(register.find(account).orElseThrow().getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(cancelFilings()).isEqualTo(filings);
  }

  @Test
  void aWarnedAccountMovedToShutDownIsNotShutDown() {
    ProcessInstance supervision = as("supervisor1", "supervisors", () -> engine.getRuntimeService()
        .startProcessInstanceByKey("account-supervision", Map.of("accountId", account, "period", "2025-10")));
    completeAs("supervisor1", "supervisors", supervision, "inspect",
        Map.of("prominentProblem", "true", "findings", "长期不更新"));
    assertThat(engine.getRuntimeService().getVariable(supervision.getId(), "escalationAction")).isEqualTo("WARN");
    assertThat(register.find(account).orElseThrow().getStatus()).isEqualTo(AccountStatus.WARNED);
    long filings = cancelFilings();

    asAdmin(() -> {
      engine.getRuntimeService().createProcessInstanceModification(supervision.getId())
          .startBeforeActivity("shut-down-account").setVariable("escalationAction", "SHUTDOWN").execute();
      return null;
    });
    failsIntoAnIncident(supervision, "shut-down-account", "WARN");
    assertThat(register.find(account).orElseThrow().getStatus()).isEqualTo(AccountStatus.WARNED);
    assertThat(cancelFilings()).isEqualTo(filings);
  }

  // ------------------------------------------------------------------------ helpers

  /** Runs the step's job once: it fails on the precondition and its incident is open at once. */
  private Incident failsIntoAnIncident(ProcessInstance instance, String activity, String reason) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(activity).singleResult();
    assertThat(job).as("job at " + activity).isNotNull();
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).hasMessageContaining(reason);
    assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
        .activityId(activity).singleResult();
    assertThat(incident).as("incident at " + activity).isNotNull();
    assertThat(incident.getIncidentMessage()).contains(reason).doesNotContain("ENGINE-");
    return incident;
  }

  private long cancelFilings() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("account-filing")
        .processInstanceBusinessKeyLike(account + ":CANCEL:%").count();
  }

  private Map<String, Object> publication(String category) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", "关于秋季防火的通知");
    vars.put("body", "各单位要做好秋季森林防火工作。");
    vars.put("contentCategory", category);
    vars.put("accountIds", account);
    return vars;
  }

  private static Map<String, Object> message(String messageId) {
    return Map.of("messageId", messageId, "platform", "WECHAT", "receivedAt", "2025-09-26T10:00:00+08:00",
        "content", "请问灵活就业人员社保补贴如何申领？");
  }

  private void completeAsApplication(ProcessInstance instance, String key, Map<String, Object> vars) {
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult().getId(), vars);
  }

  private <T> T asAdmin(Supplier<T> work) {
    return as("demo", "camunda-admin", work);
  }

  private <T> T as(String user, String group, Supplier<T> work) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
