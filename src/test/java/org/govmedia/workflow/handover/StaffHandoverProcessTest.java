package org.govmedia.workflow.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountFiling;
import org.govmedia.workflow.account.AccountTestSupport;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.account.FilingEvent;
import org.govmedia.workflow.process.ClerkWording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * staff-handover (baicheng art. 8; gaoxian 7(1)): handover, the successor's confirmation, the
 * leader's sign-off (with a send-back), the register's people updated and a STAFF_CHANGE filing due
 * 3 working days after the handover day (over the make-up Sunday 2025-09-28); no credential stored.
 */
class StaffHandoverProcessTest extends AccountTestSupport {

  private static final Pattern CREDENTIAL =
      Pattern.compile("(?i).*(password|passwd|pwd|secret|token|密码|口令).*");

  @Autowired HandoverLog log;
  @Autowired JdbcTemplate jdbc;

  private Account accountWithPeople() {
    Map<String, Object> data = accountData("gaoxian-2023");
    data.putAll(annexPeople("原"));
    return register.registerExisting(new AccountValidator().account(data, null), "test");
  }

  private Map<String, Object> start(Account account) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("accountId", account.getId().toString());
    variables.put("handoverRole", "publisher");
    variables.put("changeReason", "RESIGN");
    variables.put("successorName", "赵敏");
    variables.put("successorTitle", "信息员");
    variables.put("successorPhone", "13900000001");
    variables.put("successorUserId", "editor1");
    return variables;
  }

  @Test
  void theStaffChangeFilingRunsFromTheChangeItselfNotFromTheRecordedHandover() {
    clock("2025-09-30T10:00");
    Account account = accountWithPeople();
    Map<String, Object> variables = start(account);
    variables.put("changedOn", "2025-10-01");
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("staff-handover").count();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("staff-handover", variables))
        .hasMessageContaining("Invalid changedOn").hasMessageContaining("人员变动日期不能晚于今天");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("staff-handover").count()).isEqualTo(before);

    // The publisher left on Friday 09-26; the handover is recorded on 09-30.
    variables.put("changedOn", "2025-09-26");
    ProcessInstance handover = runtime.startProcessInstanceByKey("staff-handover", variables);
    complete(handover, "hand-over", "owner1", "account-admins",
        Map.of("credentialsHandedOver", "true", "devicesHandedOver", true));
    assertThat(runtime.getVariable(handover.getId(), "handoverDate")).isEqualTo("2025-09-30");
    complete(handover, "confirm-takeover", "editor1", "editors",
        Map.of("credentialsChanged", true, "accountInfoChanged", true));
    complete(handover, "sign-off-handover", "leader1", "main-leaders", Map.of("approved", "true"));

    ProcessInstance filing = calledFiling(handover);
    assertThat(runtime.getVariable(filing.getId(), "eventDate")).isEqualTo("2025-09-26");
    // gaoxian 7(1): 3 working days after the change: 09-28 (make-up Sunday), 09-29, 09-30.
    assertThat(runtime.getVariable(filing.getId(), "filingDeadline")).isEqualTo(endOf("2025-09-30"));
  }

  @Test
  void aHandoverEndsInAStaffChangeFilingWithTheRegisterUpdated() {
    clock("2025-09-26T10:00");
    Account account = accountWithPeople();
    ProcessInstance handover = runtime.startProcessInstanceByKey("staff-handover", start(account));

    assertThat(handover).isWaitingAt("hand-over");
    assertThat(handover.getBusinessKey()).isEqualTo(account.getId() + ":STAFF_HANDOVER:2025-09-26");
    assertThat(runtime.getVariable(handover.getId(), "leavingPerson")).isEqualTo("王芳原");
    assertThat(handover).task().hasCandidateGroup("account-admins");

    assertThatThrownBy(() -> complete(handover, "hand-over", "owner1", "account-admins",
        Map.of("credentialsHandedOver", true)))
        .hasMessageContaining(ClerkWording.field("devicesHandedOver") + "：");
    assertThatThrownBy(() -> complete(handover, "hand-over", "owner1", "account-admins",
        Map.of("credentialsHandedOver", true, "devicesHandedOver", true, "newPassword", "x")))
        .hasMessageContaining(ClerkWording.field("newPassword") + "：");
    complete(handover, "hand-over", "owner1", "account-admins",
        Map.of("credentialsHandedOver", "true", "devicesHandedOver", true));
    assertThat(runtime.getVariable(handover.getId(), "handedOverBy")).isEqualTo("owner1");
    assertThat(runtime.getVariable(handover.getId(), "handoverDate")).isEqualTo("2025-09-26");
    assertThat(runtime.getVariable(handover.getId(), "credentialsHandedOver")).isEqualTo(true);

    // The successor confirms: assigned to them.
    assertThat(task(handover, "confirm-takeover").getAssignee()).isEqualTo("editor1");
    assertThatThrownBy(() -> complete(handover, "confirm-takeover", "editor1", "editors",
        Map.of("credentialsChanged", false, "accountInfoChanged", true)))
        .hasMessageContaining(ClerkWording.field("credentialsChanged") + "：");
    complete(handover, "confirm-takeover", "editor1", "editors",
        Map.of("credentialsChanged", true, "accountInfoChanged", "true"));

    // The leader sends it back once (a reason is needed), then signs off.
    assertThat(handover).isWaitingAt("sign-off-handover");
    assertThat(handover).task().hasCandidateGroup("main-leaders");
    complete(handover, "sign-off-handover", "leader1", "main-leaders",
        Map.of("approved", "false", "comment", "设备清单不全"));
    assertThat(handover).isWaitingAt("hand-over");
    assertThat(tasks.getVariable(task(handover, "hand-over").getId(), "refusalReason"))
        .isEqualTo("设备清单不全");
    complete(handover, "hand-over", "owner1", "account-admins",
        Map.of("credentialsHandedOver", true, "devicesHandedOver", true));
    complete(handover, "confirm-takeover", "editor1", "editors",
        Map.of("credentialsChanged", true, "accountInfoChanged", true));
    assertThat(reload(account.getId()).getPublisher().getName()).isEqualTo("王芳原");
    complete(handover, "sign-off-handover", "leader1", "main-leaders", Map.of("approved", "true"));

    // The register's people: the successor replaces the publisher; the others stay.
    Account updated = reload(account.getId());
    assertThat(updated.getPublisher().getName()).isEqualTo("赵敏");
    assertThat(updated.getPublisher().getPhone()).isEqualTo("13900000001");
    assertThat(updated.getLeader().getName()).isEqualTo("张伟原");
    assertThat(updated.getStatus()).isEqualTo(reload(account.getId()).getStatus());

    // The handover is recorded: that it happened, when, by whom.
    assertThat(log.ofAccount(account.getId())).singleElement().satisfies(row -> {
      assertThat(row.handedOverBy()).isEqualTo("owner1");
      assertThat(row.confirmedBy()).isEqualTo("editor1");
      assertThat(row.signedOffBy()).isEqualTo("leader1");
      assertThat(row.leavingPerson()).isEqualTo("王芳原");
      assertThat(row.successorName()).isEqualTo("赵敏");
      assertThat(row.changeReason()).isEqualTo("RESIGN");
      assertThat(row.handedOverAt()).isEqualTo(at("2025-09-26T10:00").toInstant());
    });

    // The STAFF_CHANGE filing: gaoxian 7(1), 3 working days after 2025-09-26 = 09-28 (make-up), 29, 30.
    ProcessInstance filing = calledFiling(handover);
    assertThat(runtime.getVariable(filing.getId(), "filingEvent")).isEqualTo("STAFF_CHANGE");
    assertThat(runtime.getVariable(filing.getId(), "eventDate")).isEqualTo("2025-09-26");
    assertThat(runtime.getVariable(filing.getId(), "filingDeadline")).isEqualTo(endOf("2025-09-30"));
    // The filing form shows the updated people.
    assertThat(tasks.getVariable(task(filing, "submit-filing").getId(), "publisherName")).isEqualTo("赵敏");
    Map<String, Object> people = annexPeople("原");
    people.put("publisherName", "赵敏");
    people.put("publisherTitle", "信息员");
    people.put("publisherPhone", "13900000001");
    complete(filing, "submit-filing", "owner1", "account-admins", people);
    complete(filing, "confirm-filing", "supervisor1", "supervisors", Map.of("approved", "true"));

    assertThat(handover).isEnded().hasPassed("update-responsible-people", "record-handover",
        "file-staff-change");
    List<AccountFiling> filings = register.filings(account.getId());
    assertThat(filings).anyMatch(f -> f.getFilingEvent() == FilingEvent.STAFF_CHANGE);
    assertThat(reload(account.getId()).getPublisher().getName()).isEqualTo("赵敏");

    // No credential anywhere: no variable of the handover or its filing, no column.
    for (String instance : List.of(handover.getId(), filing.getId())) {
      List<HistoricVariableInstance> variables = engine.getHistoryService()
          .createHistoricVariableInstanceQuery().processInstanceId(instance).list();
      assertThat(variables).isNotEmpty().noneMatch(v -> CREDENTIAL.matcher(v.getName()).matches());
    }
    assertThat(jdbc.queryForList("select * from gm_staff_handover where account_id = ?", account.getId())
        .get(0).keySet()).noneMatch(column -> CREDENTIAL.matcher(column).matches());
  }

  @Test
  void aStartWithBadInputOrACredentialIsRefusedNamingTheField() {
    clock("2025-09-26T10:00");
    Account account = accountWithPeople();
    Map<String, Object> withPassword = start(account);
    withPassword.put("password", "123456");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("staff-handover", withPassword))
        .hasMessageContaining(ClerkWording.field("password") + "：");
    Map<String, Object> badRole = start(account);
    badRole.put("handoverRole", "janitor");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("staff-handover", badRole))
        .hasMessageContaining(ClerkWording.field("handoverRole") + "：");
    Map<String, Object> badPhone = start(account);
    badPhone.put("successorPhone", "abc");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("staff-handover", badPhone))
        .hasMessageContaining(ClerkWording.field("successorPhone") + "：");
    Map<String, Object> unknownUser = start(account);
    unknownUser.put("successorUserId", "nobody-here");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("staff-handover", unknownUser))
        .hasMessageContaining(ClerkWording.field("successorUserId") + "：");
    Map<String, Object> unknownAccount = start(account);
    unknownAccount.put("accountId", "999999999");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("staff-handover", unknownAccount))
        .hasMessageContaining(ClerkWording.field("accountId") + "：");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("staff-handover")
        .processInstanceBusinessKeyLike(account.getId() + ":%").count()).isZero();

    // Without a successor user the takeover goes to the account admins.
    Map<String, Object> noUser = start(account);
    noUser.remove("successorUserId");
    ProcessInstance handover = runtime.startProcessInstanceByKey("staff-handover", noUser);
    complete(handover, "hand-over", "owner1", "account-admins",
        Map.of("credentialsHandedOver", true, "devicesHandedOver", true));
    assertThat(task(handover, "confirm-takeover").getAssignee()).isNull();
    assertThat(handover).task().hasCandidateGroup("account-admins");
  }
}
