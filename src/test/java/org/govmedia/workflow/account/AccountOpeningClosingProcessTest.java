package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.process.ClerkWording;
import org.junit.jupiter.api.Test;

/** account-opening and account-closing, walked by owner1, leader1 and supervisor1. */
class AccountOpeningClosingProcessTest extends AccountTestSupport {

  private ProcessInstance startOpening(Map<String, Object> data) {
    engine.getIdentityService().setAuthentication("owner1", List.of("account-admins"));
    try {
      return runtime.startProcessInstanceByKey("account-opening", data);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static Map<String, Object> meeting() {
    return Map.of("meetingDate", "2025-09-25", "necessity", "发布社保政策，回应群众关切",
        "operations", "办公室专人运维，三审三校", "risk", "舆情风险可控，建立应急预案");
  }

  @Test
  void anApprovedOpeningOpensTheAccountAndFilesIt() {
    clock("2025-09-26T10:00");
    Map<String, Object> data = accountData("gaoxian-2023");
    ProcessInstance opening = startOpening(data);

    String accountId = (String) runtime.getVariable(opening.getId(), "accountId");
    assertThat(opening.getBusinessKey()).isEqualTo(accountId);
    Account planned = reload(accountId);
    assertThat(planned.getStatus()).isEqualTo(AccountStatus.PLANNED);
    assertThat(planned.getName()).isEqualTo(data.get("name"));
    assertThat(register.history(accountId)).singleElement()
        .satisfies(change -> assertThat(change.getChangedBy()).isEqualTo("owner1"));

    assertThat(opening).isWaitingAt("record-meeting").task().hasCandidateGroup("account-admins");
    complete(opening, "record-meeting", "owner1", "account-admins", meeting());
    assertThat(opening).isWaitingAt("approve-opening").task().hasCandidateGroup("main-leaders");
    complete(opening, "approve-opening", "leader1", "main-leaders", Map.of("approved", "true", "comment", "同意"));

    assertThat(opening).isWaitingAt("file-opening");
    Account opened = reload(accountId);
    assertThat(opened.getStatus()).isEqualTo(AccountStatus.PENDING_FILING);
    assertThat(opened.getOpenedOn()).isEqualTo(java.time.LocalDate.parse("2025-09-26"));
    ProcessInstance filing = calledFiling(opening);
    assertThat(filing.getBusinessKey()).isEqualTo(accountId + ":OPEN:2025-09-26");
    // gaoxian 7(3): 2 working days; 2025-09-28 (Sunday) is a make-up working day.
    assertThat(runtime.getVariable(filing.getId(), "filingDeadline")).isEqualTo(endOf("2025-09-29"));

    submitAndConfirm(filing, "开");
    assertThat(opening).isEnded().hasPassed("account-opened");
    assertThat(reload(accountId).getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(register.history(accountId)).extracting(AccountStatusChange::getToStatus)
        .containsExactly(AccountStatus.PLANNED, AccountStatus.PENDING_FILING, AccountStatus.ACTIVE);
  }

  @Test
  void theYanchiOpeningIsFiledWithTheCountyOfficeBeforeTheAccountIsOpened() {
    clock("2025-09-26T10:00");
    ProcessInstance opening = startOpening(accountData("yanchi-2017"));
    String accountId = (String) runtime.getVariable(opening.getId(), "accountId");
    complete(opening, "record-meeting", "owner1", "account-admins", meeting());
    complete(opening, "approve-opening", "leader1", "main-leaders", Map.of("approved", "true", "comment", "同意"));

    // yanchi annex 2 art. 5: 报县人民政府办公室备案后申请设立: not opened before the county office files it.
    assertThat(opening).isWaitingAt("pre-application-filing").task().hasCandidateGroup("supervisors");
    assertThat(reload(accountId).getStatus()).isEqualTo(AccountStatus.PLANNED);
    assertThat(reload(accountId).getOpenedOn()).isNull();
    assertThatThrownBy(() -> complete(opening, "pre-application-filing", "supervisor1", "supervisors",
        Map.of("preFiledOn", "2025-09-27"))).hasMessageContaining("preFiledOn")
        .hasMessageContaining("备案日期不能晚于今天");
    assertThat(opening).isWaitingAt("pre-application-filing");

    clock("2025-09-29T09:00");
    complete(opening, "pre-application-filing", "supervisor1", "supervisors",
        Map.of("preFiledOn", "2025-09-29", "preFilingNote", "准予备案"));
    assertThat(opening).hasPassed("pre-application-filing", "open-account").isWaitingAt("file-opening");
    Account opened = reload(accountId);
    assertThat(opened.getStatus()).isEqualTo(AccountStatus.PENDING_FILING);
    assertThat(opened.getOpenedOn()).isEqualTo(java.time.LocalDate.parse("2025-09-29"));
    // Then the filing form within 1 week of the opening (yanchi §1).
    ProcessInstance filing = calledFiling(opening);
    assertThat(runtime.getVariable(filing.getId(), "filingDeadline")).isEqualTo(endOf("2025-10-06"));
    var history = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(opening.getId()).orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .map(a -> a.getActivityId()).toList();
    assertThat(history.indexOf("pre-application-filing")).isLessThan(history.indexOf("open-account"));
  }

  @Test
  void anOpeningOfAnotherRuleSetHasNoPreApplicationFiling() {
    clock("2025-09-26T10:00");
    ProcessInstance opening = startOpening(accountData("henan-2019"));
    complete(opening, "record-meeting", "owner1", "account-admins", meeting());
    complete(opening, "approve-opening", "leader1", "main-leaders", Map.of("approved", "true", "comment", "同意"));
    assertThat(opening).isWaitingAt("file-opening").hasNotPassed("pre-application-filing");
  }

  @Test
  void theMainLeaderRefusesAndThePlanIsClosedWithTheReason() {
    clock("2025-09-26T10:00");
    ProcessInstance opening = startOpening(accountData("yakeshi"));
    String accountId = (String) runtime.getVariable(opening.getId(), "accountId");
    complete(opening, "record-meeting", "owner1", "account-admins", meeting());

    assertThatThrownBy(() -> complete(opening, "approve-opening", "leader1", "main-leaders",
        Map.of("approved", "false"))).hasMessageContaining(ClerkWording.field("comment") + "：");
    assertThat(opening).isWaitingAt("approve-opening");

    complete(opening, "approve-opening", "leader1", "main-leaders",
        Map.of("approved", "false", "comment", "已有同类账号，整合运营"));
    assertThat(opening).isEnded().hasPassed("refuse-opening", "opening-refused").hasNotPassed("open-account");
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(opening.getId()).count()).isZero();
    Account refused = reload(accountId);
    assertThat(refused.getStatus()).isEqualTo(AccountStatus.CLOSED);
    assertThat(register.history(accountId)).last().satisfies(change -> {
      assertThat(change.getFromStatus()).isEqualTo(AccountStatus.PLANNED);
      assertThat(change.getChangedBy()).isEqualTo("leader1");
      assertThat(change.getReason()).contains("已有同类账号，整合运营");
    });
  }

  @Test
  void theMeetingNeedsNecessityOperationsAndRisk() {
    ProcessInstance opening = startOpening(accountData("gaoxian-2023"));
    assertThatThrownBy(() -> complete(opening, "record-meeting", "owner1", "account-admins",
        Map.of("meetingDate", "2025-09-25", "necessity", "需要", "operations", "专人")))
        .hasMessageContaining(ClerkWording.field("risk") + "：");
    assertThat(opening).isWaitingAt("record-meeting");
  }

  @Test
  void anOpeningWithBadDataIsRefusedNamingTheFieldAndNothingIsStored() {
    long before = accounts.count();
    for (String[] bad : new String[][] {{"platform", "MYSPACE"}, {"accountClass", "BIG"},
        {"ruleSet", "atlantis-2030"}, {"name", " "}, {"ownerUnit", null}}) {
      Map<String, Object> data = accountData("gaoxian-2023");
      data.put(bad[0], bad[1]);
      assertThatThrownBy(() -> startOpening(data)).as(bad[0]).hasMessageContaining(ClerkWording.field(bad[0]) + "：");
    }
    assertThat(accounts.count()).isEqualTo(before);
  }

  @Test
  void anOpeningWithoutRuleSetUsesTheDeploymentDefault() {
    Map<String, Object> data = accountData("gaoxian-2023");
    data.remove("ruleSet");
    ProcessInstance opening = startOpening(data);
    assertThat(reload(runtime.getVariable(opening.getId(), "accountId")).getRuleSet()).isEqualTo("gaoxian-2023");
  }

  private ProcessInstance startClosing(Account account, Map<String, Object> extra) {
    Map<String, Object> variables = new java.util.HashMap<>(extra);
    variables.put("accountId", account.getId().toString());
    variables.putIfAbsent("closingReason", "职能调整，账号停止运营");
    engine.getIdentityService().setAuthentication("owner1", List.of("account-admins"));
    try {
      return runtime.startProcessInstanceByKey("account-closing", variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void approveAnnounceDeregister(ProcessInstance closing) {
    assertThat(closing).isWaitingAt("approve-closing").task().hasCandidateGroup("main-leaders");
    complete(closing, "approve-closing", "leader1", "main-leaders", Map.of("approved", "true"));
    assertThat(closing).isWaitingAt("announce-closure").task().hasCandidateGroup("account-admins");
    complete(closing, "announce-closure", "owner1", "account-admins",
        Map.of("announcementText", "本账号将于近日停止更新", "announcedOn", "2025-09-26"));
    assertThat(closing).isWaitingAt("deregister").task().hasCandidateGroup("account-admins");
    complete(closing, "deregister", "owner1", "account-admins", Map.of("deregisteredOn", "2025-09-26"));
    // 登记关闭 runs as a job of its own (asyncBefore): it checks the main leader's approval first.
    management.executeJob(job(closing, "close-account").getId());
  }

  @Test
  void aClosingIsApprovedAnnouncedDeregisteredClosedAndFiled() {
    clock("2025-09-26T10:00");
    Account account = activeAccount("yakeshi");
    ProcessInstance closing = startClosing(account, Map.of());
    assertThat(closing.getBusinessKey()).isEqualTo(account.getId().toString());

    approveAnnounceDeregister(closing);

    assertThat(closing).isWaitingAt("file-closing");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.CLOSED);
    // The status changes in a job of its own, yet the history names who recorded the deregistration.
    assertThat(register.history(account.getId())).last().satisfies(change -> {
      assertThat(change.getReason()).contains("职能调整");
      assertThat(change.getChangedBy()).isEqualTo("owner1");
    });
    ProcessInstance filing = calledFiling(closing);
    assertThat(filing.getBusinessKey()).isEqualTo(account.getId() + ":CLOSE:2025-09-26");
    // yakeshi art. 7: 5 working days; National Day 2025-10-01..08 off, 09-28 worked.
    assertThat(runtime.getVariable(filing.getId(), "filingDeadline")).isEqualTo(endOf("2025-10-10"));

    submitAndConfirm(filing, "关");
    assertThat(closing).isEnded().hasPassed("account-closed");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.CLOSED);
    assertThat(register.filings(account.getId())).extracting(AccountFiling::getFilingEvent)
        .containsExactly(FilingEvent.CLOSE);
  }

  @Test
  void theYakeshiCloseFilingRunsFromThePlatformDeregistrationNotFromTheTask() {
    clock("2025-09-20T10:00");
    Map<String, Object> data = accountData("yakeshi");
    data.put("openedOn", "2025-09-15");
    Account account = register.registerExisting(new AccountValidator().account(data, null), "test");
    ProcessInstance closing = startClosing(account, Map.of());
    complete(closing, "approve-closing", "leader1", "main-leaders", Map.of("approved", "true"));
    complete(closing, "announce-closure", "owner1", "account-admins",
        Map.of("announcementText", "本账号将于近日停止更新", "announcedOn", "2025-09-20"));

    // The clerk records on 10-09 a deregistration done on 09-26: a date in the future, or before
    // the account was opened, is refused naming the field, and the task stays open.
    clock("2025-10-09T16:00");
    assertThatThrownBy(() -> complete(closing, "deregister", "owner1", "account-admins",
        Map.of("deregisteredOn", "2025-10-10"))).hasMessageContaining("deregisteredOn")
        .hasMessageContaining("注销日期不能晚于今天");
    assertThatThrownBy(() -> complete(closing, "deregister", "owner1", "account-admins",
        Map.of("deregisteredOn", "2025-09-31"))).hasMessageContaining("deregisteredOn")
        .hasMessageContaining("格式");
    assertThatThrownBy(() -> complete(closing, "deregister", "owner1", "account-admins",
        Map.of("deregisteredOn", "2025-09-14"))).hasMessageContaining("deregisteredOn")
        .hasMessageContaining("注销日期不能早于账号开设日期（2025-09-15）");
    assertThat(closing).isWaitingAt("deregister");
    complete(closing, "deregister", "owner1", "account-admins", Map.of("deregisteredOn", "2025-09-26"));
    management.executeJob(job(closing, "close-account").getId());

    ProcessInstance filing = calledFiling(closing);
    assertThat(filing.getBusinessKey()).isEqualTo(account.getId() + ":CLOSE:2025-09-26");
    assertThat(runtime.getVariable(filing.getId(), "eventDate")).isEqualTo("2025-09-26");
    // yakeshi art. 7: 5 working days after the deregistration (09-28 worked, 10-01..08 off), so
    // already due, not 5 working days after the task (10-16).
    assertThat(runtime.getVariable(filing.getId(), "filingDeadline")).isEqualTo(endOf("2025-10-10"));
  }

  @Test
  void aCancellationIsFiledAsCancel() {
    clock("2025-09-26T10:00");
    Account account = activeAccount("gaoxian-2023");
    ProcessInstance closing = startClosing(account, Map.of("filingEvent", "CANCEL"));
    approveAnnounceDeregister(closing);
    ProcessInstance filing = calledFiling(closing);
    assertThat(filing.getBusinessKey()).isEqualTo(account.getId() + ":CANCEL:2025-09-26");
    assertThat(runtime.getVariable(filing.getId(), "filingDeadline")).isEqualTo(endOf("2025-09-29"));
  }

  @Test
  void aRefusedClosingLeavesTheAccountAsItWas() {
    Account account = activeAccount("henan-2019");
    ProcessInstance closing = startClosing(account, Map.of());
    complete(closing, "approve-closing", "leader1", "main-leaders",
        Map.of("approved", "false", "comment", "账号仍需保留"));
    assertThat(closing).isEnded().hasPassed("closing-refused");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void aClosingOfAnUnknownOrClosedAccountOrWithABadEventIsRefused() {
    Account account = activeAccount("henan-2019");
    Map<String, Object> unknown = new java.util.HashMap<>(Map.of("accountId", "999999999",
        "closingReason", "x"));
    engine.getIdentityService().setAuthentication("owner1", List.of("account-admins"));
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("account-closing", unknown))
          .hasMessageContaining(ClerkWording.field("accountId") + "：");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThatThrownBy(() -> startClosing(account, Map.of("filingEvent", "OPEN")))
        .hasMessageContaining(ClerkWording.field("filingEvent") + "：");
    assertThatThrownBy(() -> startClosing(account, Map.of("closingReason", " ")))
        .hasMessageContaining(ClerkWording.field("closingReason") + "：");
    register.changeStatus(account.getId(), AccountStatus.CLOSED, "test", "closed elsewhere");
    assertThatThrownBy(() -> startClosing(account, Map.of())).hasMessageContaining(ClerkWording.field("accountId") + "：");
  }
}
