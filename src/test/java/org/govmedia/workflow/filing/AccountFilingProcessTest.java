package org.govmedia.workflow.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountFiling;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.account.AccountTestSupport;
import org.govmedia.workflow.process.ClerkWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * account-filing: the deadline of every rule set across the 2025 holidays and make-up days
 * (calendar/holidays/2025.json: 2025-01-26 and 2025-09-28, 2025-10-11 are worked; 2025-01-28..02-04
 * and 2025-10-01..10-08 are off), the timer, send-back and refiling, the overdue path.
 */
class AccountFilingProcessTest extends AccountTestSupport {

  private ProcessInstance start(Account account, String event, String eventDate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("accountId", account.getId().toString());
    variables.put("filingEvent", event);
    variables.put("eventDate", eventDate);
    return runtime.startProcessInstanceByKey("account-filing", variables);
  }

  @ParameterizedTest(name = "{0} {1} on {2} -> end of {3}")
  @CsvSource(textBlock = """
      gaoxian-2023,  OPEN,         2025-09-26, 2025-09-29
      gaoxian-2023,  CHANGE,       2025-01-24, 2025-01-27
      gaoxian-2023,  CANCEL,       2025-09-30, 2025-10-10
      gaoxian-2023,  STAFF_CHANGE, 2025-09-26, 2025-09-30
      henan-2019,    OPEN,         2025-09-26, 2025-09-30
      henan-2019,    CLOSE,        2025-09-30, 2025-10-11
      yakeshi,       OPEN,         2025-09-26, 2025-10-16
      yakeshi,       CLOSE,        2025-09-26, 2025-10-10
      yakeshi,       CANCEL,       2025-01-24, 2025-02-07
      yanchi-2017,   OPEN,         2025-09-26, 2025-10-03
      baicheng-2021, OPEN,         2025-09-26, 2025-10-10
      baicheng-2021, CLOSE,        2025-01-27, 2025-02-10
      """)
  void theDeadlineOfEveryRuleSetCountsHolidaysAndMakeUpDays(String ruleSet, String event,
      String eventDate, String lastDay) {
    clock(eventDate + "T10:00");
    Account account = activeAccount(ruleSet);
    ProcessInstance filing = start(account, event, eventDate);

    assertThat(filing).isWaitingAt("submit-filing");
    assertThat(filing.getBusinessKey()).isEqualTo(account.getId() + ":" + event + ":" + eventDate);
    assertThat(runtime.getVariable(filing.getId(), "filingDeadline")).isEqualTo(endOf(lastDay));
    assertThat(runtime.getVariable(filing.getId(), "overdue")).isEqualTo(false);
    assertThat(runtime.getVariable(filing.getId(), "ruleSet")).isEqualTo(ruleSet);
    Task submit = task(filing, "submit-filing");
    assertThat(submit.getDueDate()).isEqualTo(endOf(lastDay));
    assertThat(filing).task().hasCandidateGroup("account-admins");
    assertThat(job(filing, "filing-deadline-timer").getDuedate()).isEqualTo(endOf(lastDay));

    // Time travel: not due on the last day, due just after it.
    clock(lastDay + "T23:59:00");
    assertThat(executable(filing, "filing-deadline-timer")).isFalse();
    clock(java.time.LocalDate.parse(lastDay).plusDays(1) + "T00:00:01");
    assertThat(executable(filing, "filing-deadline-timer")).isTrue();
  }

  @Test
  void aConfirmedOpeningFilingMakesTheAccountActiveAndRecordsAnnexOne() {
    clock("2025-09-26T10:00");
    Account account = openedAccount("gaoxian-2023");
    assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING_FILING);
    ProcessInstance filing = start(account, "OPEN", "2025-09-26");

    submitAndConfirm(filing, "甲");

    assertThat(filing).isEnded().hasPassed("record-filing").hasNotPassed("supervise-overdue-filing");
    Account filed = reload(account.getId());
    assertThat(filed.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(filed.getFiledAt()).isEqualTo(at("2025-09-26T10:00").toInstant());
    assertThat(filed.getLeader().getName()).isEqualTo("张伟甲");
    assertThat(filed.getPublisher().getPhone()).isEqualTo("13800000003");
    List<AccountFiling> rows = register.filings(account.getId());
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.isOverdue()).isFalse();
      assertThat(row.getSubmittedBy()).isEqualTo("owner1");
      assertThat(row.getConfirmedBy()).isEqualTo("supervisor1");
    });
    assertThat(register.history(account.getId())).last()
        .satisfies(change -> {
          assertThat(change.getFromStatus()).isEqualTo(AccountStatus.PENDING_FILING);
          assertThat(change.getToStatus()).isEqualTo(AccountStatus.ACTIVE);
          assertThat(change.getChangedBy()).isEqualTo("supervisor1");
        });
  }

  @Test
  void aFilingSentBackShowsTheReasonAndIsRefiled() {
    clock("2025-09-26T10:00");
    Account account = openedAccount("henan-2019");
    ProcessInstance filing = start(account, "OPEN", "2025-09-26");
    complete(filing, "submit-filing", "owner1", "account-admins", annexPeople("乙"));

    // A send-back needs a reason.
    assertThatThrownBy(() -> complete(filing, "confirm-filing", "supervisor1", "supervisors",
        Map.of("approved", "false", "comment", " "))).hasMessageContaining(ClerkWording.field("comment") + "：");
    assertThat(filing).isWaitingAt("confirm-filing");

    complete(filing, "confirm-filing", "supervisor1", "supervisors",
        Map.of("approved", "false", "comment", "发布人电话有误"));
    assertThat(filing).isWaitingAt("submit-filing");
    Task again = task(filing, "submit-filing");
    assertThat(tasks.getVariable(again.getId(), "refusalReason")).isEqualTo("发布人电话有误");
    // The people submitted before are still in the form.
    assertThat(tasks.getVariable(again.getId(), "leaderName")).isEqualTo("张伟乙");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.PENDING_FILING);

    Map<String, Object> corrected = annexPeople("乙");
    corrected.put("publisherPhone", "13900000009");
    complete(filing, "submit-filing", "owner1", "account-admins", corrected);
    assertThat(filing).isWaitingAt("confirm-filing");
    assertThat(tasks.getVariable(task(filing, "confirm-filing").getId(), "approved")).isNull();
    complete(filing, "confirm-filing", "supervisor1", "supervisors", Map.of("approved", "true"));

    assertThat(filing).isEnded();
    Account filed = reload(account.getId());
    assertThat(filed.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(filed.getPublisher().getPhone()).isEqualTo("13900000009");
  }

  @Test
  void aSubmissionWithoutTheAnnexFieldsIsRefusedNamingTheField() {
    clock("2025-09-26T10:00");
    ProcessInstance filing = start(activeAccount("gaoxian-2023"), "CHANGE", "2025-09-26");
    Map<String, Object> incomplete = annexPeople("丙");
    incomplete.remove("reviewerTitle");
    incomplete.put("reviewerTitle", " ");
    assertThatThrownBy(() -> complete(filing, "submit-filing", "owner1", "account-admins", incomplete))
        .hasMessageContaining(ClerkWording.field("reviewerTitle") + "：");
    assertThat(filing).isWaitingAt("submit-filing");
  }

  @Test
  void anAccountOpenWithNoOpeningFilingEverSubmittedIsUnfiled() {
    clock("2025-09-26T10:00");
    Account account = openedAccount("gaoxian-2023");
    ProcessInstance filing = start(account, "OPEN", "2025-09-26");
    assertThat(reload(account.getId()).isUnfiled()).isFalse();

    clock("2025-09-30T09:00");
    management.executeJob(job(filing, "filing-deadline-timer").getId());

    assertThat(runtime.getVariable(filing.getId(), "overdue")).isEqualTo(true);
    assertThat(filing).isWaitingAt("submit-filing", "supervise-overdue-filing");
    Task supervise = task(filing, "supervise-overdue-filing");
    assertThat(engine.getTaskService().getIdentityLinksForTask(supervise.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("supervisors"));
    assertThat(reload(account.getId()).isUnfiled()).isTrue();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("account-filing")
        .variableValueEquals("overdue", true).processInstanceId(filing.getId()).count()).isEqualTo(1);

    // An inspection finds it open and never filed: gaoxian 7(3) shuts it down.
    ProcessInstance supervision = superviseWithoutProblem(account);
    assertThat(variable(supervision, "unfiled")).isEqualTo(true);
    assertThat(variable(supervision, "escalationAction")).isEqualTo("SHUTDOWN");

    // The supervisor's note is required.
    assertThatThrownBy(() -> complete(filing, "supervise-overdue-filing", "supervisor1", "supervisors",
        Map.of())).hasMessageContaining("督办记录：必填");
    complete(filing, "supervise-overdue-filing", "supervisor1", "supervisors",
        Map.of("supervisionNote", "已电话督促主办单位"));
  }

  @Test
  void aLateSubmissionIsLateButNotUnfiled() {
    clock("2025-09-26T10:00");
    Account account = openedAccount("gaoxian-2023");
    ProcessInstance filing = start(account, "OPEN", "2025-09-26");
    clock("2025-09-30T09:00");
    management.executeJob(job(filing, "filing-deadline-timer").getId());
    complete(filing, "supervise-overdue-filing", "supervisor1", "supervisors",
        Map.of("supervisionNote", "已电话督促主办单位"));

    // The unit submits a day late: a late filing, no longer an account without any filing.
    clock("2025-09-30T15:00");
    complete(filing, "submit-filing", "owner1", "account-admins", annexPeople("丁"));
    assertThat(runtime.getVariable(filing.getId(), "overdue")).isEqualTo(true);
    assertThat(reload(account.getId()).isUnfiled()).isFalse();
    ProcessInstance supervision = superviseWithoutProblem(account);
    assertThat(variable(supervision, "escalationAction")).isEqualTo("NONE");

    complete(filing, "confirm-filing", "supervisor1", "supervisors", Map.of("approved", "true"));
    assertThat(filing).isEnded();
    Account filed = reload(account.getId());
    assertThat(filed.isUnfiled()).isFalse();
    assertThat(filed.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(register.filings(account.getId())).singleElement()
        .satisfies(row -> assertThat(row.isOverdue()).isTrue());
  }

  @Test
  void aTimelySubmissionWithALateConfirmationStaysOnTime() {
    clock("2025-09-26T10:00");
    Account account = openedAccount("gaoxian-2023");
    ProcessInstance filing = start(account, "OPEN", "2025-09-26");
    clock("2025-09-26T16:00");
    complete(filing, "submit-filing", "owner1", "account-admins", annexPeople("戊"));

    // The unit's deadline no longer runs once it has submitted.
    assertThat(management.createJobQuery().processInstanceId(filing.getId())
        .activityId("filing-deadline-timer").count()).isZero();
    // The office's confirmation has its own due date: 5 working days from the submission
    // (confirmation-deadline.dmn, application default), across the National Day holiday.
    Task confirm = task(filing, "confirm-filing");
    assertThat(confirm.getDueDate()).isEqualTo(endOf("2025-10-10"));
    assertThat(job(filing, "confirmation-deadline-timer").getDuedate()).isEqualTo(endOf("2025-10-10"));

    clock("2025-10-20T09:00");
    management.executeJob(job(filing, "confirmation-deadline-timer").getId());
    assertThat(runtime.getVariable(filing.getId(), "confirmationOverdue")).isEqualTo(true);
    assertThat(runtime.getVariable(filing.getId(), "overdue")).isEqualTo(false);
    assertThat(filing).isWaitingAt("confirm-filing", "supervise-late-confirmation");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(filing, "supervise-late-confirmation").getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("supervisors"));
    assertThat(reload(account.getId()).isUnfiled()).isFalse();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("account-filing")
        .variableValueEquals("overdue", true).processInstanceId(filing.getId()).count()).isZero();

    // The next inspection does not shut the account down.
    ProcessInstance supervision = superviseWithoutProblem(account);
    assertThat(variable(supervision, "unfiled")).isEqualTo(false);
    assertThat(variable(supervision, "escalationAction")).isEqualTo("NONE");
    assertThat(supervision).isEnded().hasNotPassed("announce-shutdown");

    complete(filing, "supervise-late-confirmation", "supervisor1", "supervisors",
        Map.of("supervisionNote", "已督促主管单位确认"));
    complete(filing, "confirm-filing", "supervisor1", "supervisors", Map.of("approved", "true"));
    assertThat(filing).isEnded().hasNotPassed("supervise-overdue-filing");
    assertThat(register.filings(account.getId())).singleElement()
        .satisfies(row -> assertThat(row.isOverdue()).isFalse());
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void aTimelySubmissionSentBackAfterTheDeadlineIsNotOverdue() {
    clock("2025-09-26T10:00");
    Account account = openedAccount("gaoxian-2023");
    ProcessInstance filing = start(account, "OPEN", "2025-09-26");
    complete(filing, "submit-filing", "owner1", "account-admins", annexPeople("己"));
    clock("2025-09-30T10:00");
    complete(filing, "confirm-filing", "supervisor1", "supervisors",
        Map.of("approved", "false", "comment", "发布人电话有误"));

    // Back at submit-filing after the deadline: its timer is due at once and finds a submission.
    assertThat(executable(filing, "filing-deadline-timer")).isTrue();
    management.executeJob(job(filing, "filing-deadline-timer").getId());
    assertThat(filing).isWaitingAt("submit-filing").hasPassed("submitted-in-time")
        .hasNotPassed("mark-filing-overdue");
    assertThat(runtime.getVariable(filing.getId(), "overdue")).isEqualTo(false);
    assertThat(reload(account.getId()).isUnfiled()).isFalse();
  }

  /** account-supervision of the account for October 2025, inspected without a prominent problem. */
  private ProcessInstance superviseWithoutProblem(Account account) {
    engine.getIdentityService().setAuthentication("supervisor1", List.of("supervisors"));
    ProcessInstance supervision;
    try {
      supervision = runtime.startProcessInstanceByKey("account-supervision",
          Map.of("accountId", account.getId().toString(), "period", "2025-10"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    complete(supervision, "inspect", "supervisor1", "supervisors",
        Map.of("prominentProblem", "false", "findings", ""));
    return supervision;
  }

  @Test
  void anOverdueFilingOfAnotherEventDoesNotMarkTheAccountUnfiled() {
    clock("2025-09-26T10:00");
    Account account = activeAccount("gaoxian-2023");
    ProcessInstance filing = start(account, "STAFF_CHANGE", "2025-09-26");
    clock("2025-10-01T09:00");
    management.executeJob(job(filing, "filing-deadline-timer").getId());
    assertThat(runtime.getVariable(filing.getId(), "overdue")).isEqualTo(true);
    assertThat(reload(account.getId()).isUnfiled()).isFalse();
  }

  @Test
  void aStartWithBadInputIsRefusedNamingTheFieldAndNothingIsStored() {
    clock("2025-09-26T10:00");
    Account account = activeAccount("gaoxian-2023");
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("account-filing").count();
    Map<String, Map<String, Object>> cases = Map.of(
        "accountId", Map.of("accountId", "999999999", "filingEvent", "OPEN", "eventDate", "2025-09-26"),
        "filingEvent", Map.of("accountId", account.getId().toString(), "filingEvent", "MERGE",
            "eventDate", "2025-09-26"),
        "eventDate", Map.of("accountId", account.getId().toString(), "filingEvent", "OPEN",
            "eventDate", "26.09.2025"),
        "ruleSet", Map.of("accountId", account.getId().toString(), "filingEvent", "OPEN",
            "eventDate", "2025-09-26", "ruleSet", "atlantis-2030"));
    cases.forEach((field, variables) -> assertThatThrownBy(
        () -> runtime.startProcessInstanceByKey("account-filing", variables))
        .as(field).hasMessageContaining(ClerkWording.field(field) + "："));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("account-filing").count()).isEqualTo(before);
  }
}
