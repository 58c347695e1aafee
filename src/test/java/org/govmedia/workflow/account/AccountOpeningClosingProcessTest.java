package org.govmedia.workflow.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
    assertThat(register.history(account.getId())).last()
        .satisfies(change -> assertThat(change.getReason()).contains("职能调整"));
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
