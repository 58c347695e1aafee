package org.govmedia.workflow.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.channel.OutboxRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 留言答复 message-reply on the engine clock, across National Day 2025 (10-01..08 off, make-up
 * workdays Sun 09-28 and Sat 10-11, calendar/holidays/2025.json): a message received Fri 2025-09-26,
 * gaoxian-2023 (5 working days, reminder after 3) is due at the end of Fri 2025-10-10, reminded at
 * the start of Tue 2025-09-30.
 */
class MessageReplyProcessTest extends MessageReplyTestSupport {

  static final Date DEADLINE = at("2025-10-10T23:59:59");
  static final Date REMINDER = at("2025-09-30T00:00");

  @Autowired WorkingCalendar calendar;
  @Autowired OutboxRepository outbox;
  @Autowired ReplyNotificationRepository notifications;

  @Test
  void theCalendarDataBehindTheseTests() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 28))).as("make-up Sunday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("make-up Saturday").isTrue();
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 5)).isEqualTo("2025-10-10");
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 3)).isEqualTo("2025-09-30");
  }

  @Test
  void deadlineAcrossNationalDayOnEveryTaskAndTheReminderFiresOnItsDay() {
    ProcessInstance instance = start(uniqueId("m-holiday"), "2025-09-26T10:00", Map.of());

    assertThat(instance).isWaitingAt("triage").hasVariables("replyDeadline", "reminderDate");
    assertThat(variable(instance, "ruleSet")).isEqualTo("gaoxian-2023");
    assertThat(variable(instance, "replyWorkingDays")).isEqualTo(5);
    assertThat(variable(instance, "replyDeadline")).isEqualTo(DEADLINE);
    assertThat(variable(instance, "replyDeadlineText")).isEqualTo("2025-10-10 23:59");
    assertThat(variable(instance, "receivedAtText")).isEqualTo("2025-09-26 10:00");
    assertThat(variable(instance, "reminderDate")).isEqualTo(REMINDER);
    assertThat(variable(instance, "overdue")).isEqualTo(false);
    assertDueAndFollowUp(task(instance, "triage"));
    assertThat(task(instance, "triage")).hasCandidateGroup("hotline");

    assertThat(job(instance, "reminder-timer").getDuedate()).isEqualTo(REMINDER);
    assertThat(job(instance, "deadline-timer").getDuedate()).isEqualTo(DEADLINE);
    clock("2025-09-29T23:59");
    assertThat(executable(instance, "reminder-timer")).as("not before its day").isFalse();
    clock("2025-09-30T08:30");
    assertThat(executable(instance, "reminder-timer")).isTrue();
    assertThat(executable(instance, "deadline-timer")).isFalse();
    execute(instance, "reminder-timer");

    List<ReplyNotification> sent = notifications.findByMessageIdOrderById(instance.getBusinessKey());
    assertThat(sent).singleElement().satisfies(n -> {
      assertThat(n.getKind()).isEqualTo(ReplyNotification.Kind.REMINDER);
      assertThat(n.getTaskKey()).isEqualTo("triage");
      assertThat(n.getRecipientType()).isEqualTo(ReplyNotification.RecipientType.GROUP);
      assertThat(n.getRecipient()).isEqualTo("hotline");
      assertThat(n.getDueAt()).isEqualTo(DEADLINE.toInstant());
      assertThat(n.getCreatedAt()).isEqualTo(at("2025-09-30T08:30").toInstant());
    });
    assertThat(instance).isWaitingAt("triage");

    complete(instance, "triage", Map.of("classification", "COMPLAINT", "department", "社保科"));
    assertDueAndFollowUp(task(instance, "draft-reply"));
    assertThat(task(instance, "draft-reply")).hasCandidateGroup("departments");
    complete(instance, "draft-reply", Map.of("replyText", "您好，已转社保科办理。"));
    assertDueAndFollowUp(task(instance, "approve-reply"));
    assertThat(task(instance, "approve-reply")).hasCandidateGroup("final-approvers");
    clock("2025-10-09T10:00");
    complete(instance, "approve-reply", Map.of("approved", "true"));

    assertThat(instance).isWaitingAt("publish-reply");
    assertThat(variable(instance, "approved")).isEqualTo(Boolean.TRUE);
    execute(instance, "publish-reply");
    assertThat(instance).isEnded().hasPassed("publish-reply", "record-timeliness");
    assertThat(variable(instance, "onTime")).isEqualTo(true);
    assertThat(variable(instance, "workingDaysLate")).isEqualTo(0);
    assertThat(outbox.findByBusinessKeyOrderById(instance.getBusinessKey())).singleElement()
        .satisfies(r -> {
          assertThat(r.getAction()).isEqualTo(OutboxRecord.Action.REPLY);
          assertThat(r.getPlatform()).isEqualTo("WECHAT");
          assertThat(r.getBody()).isEqualTo("您好，已转社保科办理。");
        });
  }

  @Test
  void overdueRaisesASupervisionTaskAndTheReplyStillCompletesLate() {
    ProcessInstance instance = start(uniqueId("m-overdue"), "2025-09-26T10:00", Map.of());
    complete(instance, "triage", Map.of("classification", "CONSULTATION", "department", "就业科"));
    tasks.claim(task(instance, "draft-reply").getId(), "dept1");

    clock("2025-10-10T23:59:58");
    assertThat(executable(instance, "deadline-timer")).isFalse();
    clock("2025-10-11T00:00");
    execute(instance, "reminder-timer");
    execute(instance, "deadline-timer");

    assertThat(variable(instance, "overdue")).isEqualTo(true);
    Task supervise = task(instance, "supervise-overdue");
    assertThat(supervise).hasCandidateGroup("supervisors").hasName("督办 Supervise overdue reply");
    assertDueAndFollowUp(supervise);
    assertThat(notifications.findByMessageIdOrderById(instance.getBusinessKey()))
        .extracting(ReplyNotification::getKind, ReplyNotification::getRecipient)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReplyNotification.Kind.REMINDER, "dept1"),
            org.assertj.core.groups.Tuple.tuple(ReplyNotification.Kind.OVERDUE, "dept1"));
    assertThat(instance).isWaitingAt("draft-reply", "supervise-overdue");

    complete(instance, "draft-reply", Map.of("replyText", "迟到的答复"));
    clock("2025-10-13T09:00");
    complete(instance, "approve-reply", Map.of("approved", true));
    execute(instance, "publish-reply");

    assertThat(variable(instance, "onTime")).isEqualTo(false);
    // 10-11 (make-up Saturday) and 10-13 (Monday) are the working days after the deadline's day.
    assertThat(variable(instance, "workingDaysLate")).isEqualTo(2);
    assertThat(instance).isWaitingAt("supervise-overdue");
    complete(instance, "supervise-overdue", Map.of("supervisionNote", "已督办"));
    assertThat(instance).isEnded();
  }

  @Test
  void aReplyApprovedOnTheLastWorkingDayButPublishedAfterMidnightIsLate() {
    ProcessInstance instance = start(uniqueId("m-lastday"), "2025-09-26T10:00", Map.of());
    complete(instance, "triage", Map.of("classification", "SUGGESTION", "department", "办公室"));
    complete(instance, "draft-reply", Map.of("replyText", "感谢建议"));
    clock("2025-10-10T23:30");
    complete(instance, "approve-reply", Map.of("approved", "true"));
    // Timeliness is judged when the reply is published on the platform, not at its approval.
    clock("2025-10-11T00:05");
    execute(instance, "publish-reply");

    assertThat(instance).isEnded();
    assertThat(variable(instance, "onTime")).isEqualTo(false);
    assertThat(variable(instance, "workingDaysLate")).isEqualTo(1);
    assertThat(variable(instance, "replyPublishedAt")).isEqualTo(at("2025-10-11T00:05"));
  }

  @Test
  void aReplyPublishedOnTheLastWorkingDayIsOnTime() {
    ProcessInstance instance = start(uniqueId("m-lastday-ok"), "2025-09-26T10:00", Map.of());
    complete(instance, "triage", Map.of("classification", "SUGGESTION", "department", "办公室"));
    complete(instance, "draft-reply", Map.of("replyText", "感谢建议"));
    clock("2025-10-10T23:30");
    complete(instance, "approve-reply", Map.of("approved", "true"));
    clock("2025-10-10T23:50");
    execute(instance, "publish-reply");

    assertThat(instance).isEnded().hasNotPassed("supervise-overdue");
    assertThat(variable(instance, "onTime")).isEqualTo(true);
    assertThat(variable(instance, "workingDaysLate")).isEqualTo(0);
  }

  @Test
  void outOfRemitIsAnsweredWithTheRightChannel() {
    ProcessInstance instance = start(uniqueId("m-remit"), "2025-09-26T10:00",
        Map.of("ruleSet", "yanchi-2017"));
    complete(instance, "triage", Map.of("classification", "OUT_OF_REMIT"));

    Task referral = task(instance, "draft-referral");
    assertThat(referral).hasCandidateGroup("hotline");
    assertDueAndFollowUp(referral);
    complete(instance, "draft-referral", Map.of("replyText", "该事项请向市市场监管局反映（12315）。"));
    assertThat(task(instance, "approve-reply")).hasCandidateGroup("final-approvers");
    complete(instance, "approve-reply", Map.of("approved", "true"));
    execute(instance, "publish-reply");

    assertThat(instance).isEnded().hasNotPassed("draft-reply");
    assertThat(outbox.findByBusinessKeyOrderById(instance.getBusinessKey())).singleElement()
        .extracting(OutboxRecord::getBody).asString().contains("12315");
  }

  @Test
  void aMajorOpinionMatterIsApprovedByTheMainLeader() {
    ProcessInstance instance = start(uniqueId("m-major"), "2025-09-26T10:00", Map.of());
    complete(instance, "triage", Map.of("classification", "COMPLAINT", "department", "办公室",
        "majorOpinion", "true"));
    assertThat(variable(instance, "majorOpinion")).isEqualTo(Boolean.TRUE);
    complete(instance, "approve-response-plan", Map.of("responsePlan", "统一口径，发布权威信息", "responsePlanApproved", true));
    complete(instance, "draft-reply", Map.of("replyText", "答复"));

    Task approval = task(instance, "approve-reply");
    assertThat(candidateGroups(approval)).containsExactly("main-leaders");
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).taskCandidateUser("leader1").count())
        .isEqualTo(1);
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).taskCandidateUser("approver1").count())
        .isZero();
  }

  @Test
  void aMajorOpinionMatterNeedsTheMainLeadersResponsePlanBeforeTheReply() {
    ProcessInstance instance = start(uniqueId("m-plan"), "2025-09-26T10:00", Map.of());
    complete(instance, "triage", Map.of("classification", "COMPLAINT", "department", "办公室",
        "majorOpinion", "true"));

    // baicheng art. 10: the plan comes first, approved by the main leader; no drafting before it.
    assertThat(instance).isWaitingAt("approve-response-plan").hasNotPassed("draft-reply");
    Task plan = task(instance, "approve-response-plan");
    assertThat(candidateGroups(plan)).containsExactly("main-leaders");
    assertThat(plan.getDueDate()).isEqualTo(runtime.getVariable(instance.getId(), "replyDeadline"));

    assertThatThrownBy(() -> tasks.complete(plan.getId(), Map.of("responsePlanApproved", true)))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("responsePlan")
        .hasMessageContaining("应对处置方案");
    assertThatThrownBy(() -> tasks.complete(plan.getId(), Map.of("responsePlan", "方案")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("responsePlanApproved");
    assertThat(instance).isWaitingAt("approve-response-plan");

    clock("2025-09-26T11:30");
    tasks.setAssignee(plan.getId(), "leader1");
    tasks.complete(plan.getId(), Map.of("responsePlan", "第一时间发布权威信息，澄清事实", "responsePlanApproved", "true"));
    assertThat(variable(instance, "responsePlan")).isEqualTo("第一时间发布权威信息，澄清事实");
    assertThat(variable(instance, "responsePlanApprovedBy")).isEqualTo("leader1");
    assertThat(variable(instance, "responsePlanApprovedAt")).isEqualTo(at("2025-09-26T11:30"));

    complete(instance, "draft-reply", Map.of("replyText", "权威答复"));
    assertThat(candidateGroups(task(instance, "approve-reply"))).containsExactly("main-leaders");
    complete(instance, "approve-reply", Map.of("approved", "true"));
    execute(instance, "publish-reply");
    assertThat(instance).isEnded().hasPassedInOrder("approve-response-plan", "draft-reply", "approve-reply");
  }

  @Test
  void aGeneralMatterHasNoResponsePlanStep() {
    ProcessInstance instance = start(uniqueId("m-general"), "2025-09-26T10:00", Map.of());
    triageDraftApprove(instance);
    execute(instance, "publish-reply");
    assertThat(instance).isEnded().hasNotPassed("approve-response-plan");
  }

  @Test
  void aRejectionReturnsToDraftingWithTheCommentAndNeedsOne() {
    ProcessInstance instance = start(uniqueId("m-reject"), "2025-09-26T10:00", Map.of());
    complete(instance, "triage", Map.of("classification", "CONSULTATION", "department", "社保科"));
    complete(instance, "draft-reply", Map.of("replyText", "初稿"));
    Task approval = task(instance, "approve-reply");

    // The engine wraps a task listener's exception (ENGINE-03051); the cause names the field.
    assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of("approved", "false")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("审批意见：");
    assertThat(instance).isWaitingAt("approve-reply");

    tasks.complete(approval.getId(), Map.of("approved", "false", "comment", "请补充申领材料清单"));
    assertThat(instance).isWaitingAt("draft-reply");
    assertThat(variable(instance, "approved")).isEqualTo(Boolean.FALSE);
    assertThat(runtime.getVariable(instance.getId(), "approvalComment")).isEqualTo("请补充申领材料清单");

    complete(instance, "draft-reply", Map.of("replyText", "二稿：材料清单如下……"));
    complete(instance, "approve-reply", Map.of("approved", "true"));
    execute(instance, "publish-reply");
    assertThat(instance).isEnded();
    assertThat(outbox.findByBusinessKeyOrderById(instance.getBusinessKey())).singleElement()
        .extracting(OutboxRecord::getBody).isEqualTo("二稿：材料清单如下……");
  }

  @Test
  void triageRefusesAnUnknownClassificationOrAMissingDepartment() {
    ProcessInstance instance = start(uniqueId("m-triage"), "2025-09-26T10:00", Map.of());
    String id = task(instance, "triage").getId();
    assertThatThrownBy(() -> tasks.complete(id, Map.of("classification", "RUMOUR")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("留言类别：");
    assertThatThrownBy(() -> tasks.complete(id, Map.of("classification", "CONSULTATION")))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("承办科室：");
    assertThat(instance).isWaitingAt("triage");
  }

  @Test
  void aRetriedPublicationJobWritesOneReply() {
    ProcessInstance instance = start(uniqueId("m-retry"), "2025-09-26T10:00", Map.of());
    triageDraftApprove(instance);
    // The first attempt fails after the outbox write (a broken deadline variable): all rolls back.
    runtime.setVariable(instance.getId(), "replyDeadline", "not a date");
    Job publish = job(instance, "publish-reply");
    assertThatThrownBy(() -> management.executeJob(publish.getId())).isInstanceOf(Exception.class);
    Job failed = job(instance, "publish-reply");
    assertThat(failed.getRetries()).isLessThan(3).isGreaterThan(0);
    assertThat(failed.getDuedate()).isAfter(at("2025-09-26T10:04"));
    assertThat(outbox.findByBusinessKeyOrderById(instance.getBusinessKey())).isEmpty();

    runtime.setVariable(instance.getId(), "replyDeadline", DEADLINE);
    clock("2025-09-26T10:06");
    execute(instance, "publish-reply");
    assertThat(instance).isEnded();
    assertThat(outbox.countByBusinessKeyAndAction(instance.getBusinessKey(), OutboxRecord.Action.REPLY))
        .isEqualTo(1);
  }

  @Test
  void theOutboxKeyMakesASecondPublicationOfTheSameMessageANoOp() {
    ProcessInstance instance = start(uniqueId("m-idem"), "2025-09-26T10:00", Map.of());
    triageDraftApprove(instance);
    // As if an earlier attempt had written the record already.
    String messageId = instance.getBusinessKey();
    outbox.saveAndFlush(new OutboxRecord(PublishReplyDelegate.idempotencyKey(messageId),
        OutboxRecord.Action.REPLY, "message-reply", messageId, null, "WECHAT", "t", "earlier",
        at("2025-09-26T10:00").toInstant()));
    execute(instance, "publish-reply");
    assertThat(instance).isEnded();
    assertThat(outbox.findByBusinessKeyOrderById(messageId)).singleElement()
        .extracting(OutboxRecord::getBody).isEqualTo("earlier");
  }

  private void assertDueAndFollowUp(Task task) {
    assertThat(task.getDueDate()).as(task.getTaskDefinitionKey() + " due").isEqualTo(DEADLINE);
    assertThat(task.getFollowUpDate()).as(task.getTaskDefinitionKey() + " follow-up").isEqualTo(REMINDER);
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).toList();
  }
}
