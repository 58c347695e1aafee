package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountStatus;
import org.junit.jupiter.api.Test;

/**
 * account-supervision: every rung of the exit ladder (gaoxian 1, 7(3)) with the register following,
 * the rectification deadline (rectification-deadline.dmn, working days of the 2025 calendar), the
 * overdue watch, the unfiled account shut down, and the CANCEL filing after a shutdown.
 */
class AccountSupervisionProcessTest extends SupervisionTestSupport {

  /** Posts every day of the two weeks before 2025-11-10, originals included: no automated finding. */
  private Account postingAccount(String ruleSet) {
    Account account = account(ruleSet, "OTHER", null);
    dailyPosts(account, "2025-10-20", "2025-11-09", true);
    return account;
  }

  @Test
  void noProminentProblemEndsWithoutAction() {
    clock("2025-11-10T10:00");
    Account account = postingAccount("gaoxian-2023");
    ProcessInstance supervision = supervise(account, "2025-11");

    assertThat(supervision).isWaitingAt("inspect").task().hasCandidateGroup("supervisors");
    assertThat(supervision.getBusinessKey()).isEqualTo(account.getId() + ":2025-11");
    assertThat(var(supervision, "automatedProblem")).isEqualTo(false);
    assertThat((String) var(supervision, "automatedFindings")).contains("未发现问题");
    inspect(supervision, false, "");

    assertThat(supervision).isEnded().hasPassed("no-action");
    assertThat(variable(supervision, "escalationAction")).isEqualTo("NONE");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void aProminentProblemNeedsItsFindingsAndAnAnswer() {
    clock("2025-11-10T10:00");
    ProcessInstance supervision = supervise(postingAccount("gaoxian-2023"), "2025-11");
    assertThatThrownBy(() -> inspect(supervision, true, " ")).hasMessageContaining("检查意见：");
    assertThatThrownBy(() -> complete(supervision, "inspect", "supervisor1", "supervisors",
        Map.of("prominentProblem", "maybe"))).hasMessageContaining("是否存在突出问题：");
    assertThat(supervision).isWaitingAt("inspect");
    // Not a supervisor: the task is not owner1's to complete.
    assertThatThrownBy(() -> complete(supervision, "inspect", "owner1", "account-admins",
        Map.of("prominentProblem", "false")));
  }

  @Test
  void firstProblemWarnsWithARectificationDeadline() {
    clock("2025-11-10T10:00");
    Account account = postingAccount("gaoxian-2023");
    ProcessInstance supervision = supervise(account, "2025-11");
    inspect(supervision, true, "留言回复敷衍 Perfunctory replies");

    assertThat(var(supervision, "problemCount")).isEqualTo(1);
    assertThat(var(supervision, "escalationAction")).isEqualTo("WARN");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.WARNED);
    assertThat(supervision).isWaitingAt("rectify").task().hasCandidateGroup("account-admins");
    // 10 working days (application default) after Monday 2025-11-10: Monday 2025-11-24.
    assertThat(task(supervision, "rectify").getDueDate()).isEqualTo(endOf("2025-11-24"));
    assertThat(var(supervision, "rectificationDeadline")).isEqualTo(endOf("2025-11-24"));
    assertThat(register.history(account.getId())).last().satisfies(change -> {
      assertThat(change.getToStatus()).isEqualTo(AccountStatus.WARNED);
      assertThat(change.getChangedBy()).isEqualTo("supervisor1");
      assertThat(change.getReason()).contains("提醒").contains("Perfunctory");
    });

    rectify(supervision);
    assertThat(supervision).isEnded().hasPassed("rectified-without-interview");
    var row = records.supervision((Long) variable(supervision, "supervisionId")).orElseThrow();
    assertThat(row.escalationAction()).isEqualTo("WARN");
    assertThat(row.rectificationDue()).isEqualTo(endOf("2025-11-24").toInstant());
  }

  @Test
  void secondProblemOfTheYearReports() {
    clock("2025-10-10T10:00");
    Account account = postingAccount("henan-2019");
    ProcessInstance first = supervise(account, "2025-10");
    inspect(first, true, "更新不及时");
    rectify(first);

    clock("2025-11-10T10:00");
    ProcessInstance second = supervise(account, "2025-11");
    inspect(second, true, "再次更新不及时");
    assertThat(var(second, "problemCount")).isEqualTo(2);
    assertThat(var(second, "escalationAction")).isEqualTo("REPORT");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.REPORTED);
    assertThat(second).isWaitingAt("rectify");
  }

  @Test
  void aProblemOlderThanTwelveMonthsDoesNotCount() {
    clock("2024-11-05T10:00");
    Account account = postingAccount("gaoxian-2023");
    ProcessInstance old = supervise(account, "2024-10");
    inspect(old, true, "一年多以前的问题");
    rectify(old);

    clock("2025-11-10T10:00");
    ProcessInstance now = supervise(account, "2025-11");
    inspect(now, true, "近12个月第一次");
    assertThat(var(now, "problemCount")).isEqualTo(1);
    assertThat(var(now, "escalationAction")).isEqualTo("WARN");
  }

  @Test
  void twoProblemsInDecemberAndOneInJanuaryAreThreeAndInterview() {
    clock("2024-12-02T10:00");
    Account account = postingAccount("gaoxian-2023");
    ProcessInstance november = supervise(account, "2024-11");
    inspect(november, true, "十一月检查的突出问题");
    rectify(november);
    clock("2024-12-20T10:00");
    ProcessInstance december = supervise(account, "2024-12");
    inspect(december, true, "十二月检查的突出问题");
    rectify(december);

    clock("2025-01-15T10:00");
    ProcessInstance january = supervise(account, "2025-01");
    inspect(january, true, "一月检查的突出问题");

    assertThat(var(january, "problemCount")).isEqualTo(3);
    assertThat(var(january, "escalationAction")).isEqualTo("INTERVIEW");
    assertThat(january).isWaitingAt("conduct-interview");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.INTERVIEWED);
  }

  @Test
  void yakeshisThirdProblemIsLeftToTheSupervisorWhoPicksAMeasureWithAReason() {
    clock("2025-09-10T10:00");
    Account account = postingAccount("yakeshi");
    Map<String, String> measures = Map.of("2025-09", "WARN", "2025-10", "REPORT");
    for (String period : new String[] {"2025-09", "2025-10"}) {
      ProcessInstance earlier = supervise(account, period);
      inspect(earlier, true, "突出问题 " + period);
      assertThat(earlier).isWaitingAt("choose-measure");
      complete(earlier, "choose-measure", "supervisor1", "supervisors",
          Map.of("measure", measures.get(period), "measureReason", "管理不到位"));
      rectify(earlier);
    }
    clock("2025-11-10T10:00");
    ProcessInstance third = supervise(account, "2025-11");
    inspect(third, true, "第三次突出问题");

    // No automatic interview: yakeshi art. 20 leaves the measure to the cyberspace office.
    assertThat(var(third, "problemCount")).isEqualTo(3);
    assertThat(var(third, "escalationAction")).isEqualTo("DISCRETION");
    assertThat(third).isWaitingAt("choose-measure").task().hasCandidateGroup("supervisors");
    assertThat((String) var(third, "measureOptionsText")).isEqualTo("责令删除、约谈、警告、通报、责令关闭");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.REPORTED);

    // A measure outside the rule set's list, or none, or without a reason, is refused.
    assertThatThrownBy(() -> complete(third, "choose-measure", "supervisor1", "supervisors",
        Map.of("measure", "FINE", "measureReason", "罚款"))).hasMessageContaining("measure");
    assertThatThrownBy(() -> complete(third, "choose-measure", "supervisor1", "supervisors",
        Map.of("measure", "DELETE", "measureReason", " "))).hasMessageContaining("measureReason");
    assertThat(third).isWaitingAt("choose-measure");

    complete(third, "choose-measure", "supervisor1", "supervisors",
        Map.of("measure", "DELETE", "measureReason", "发布不当言论，责令删除"));
    assertThat(var(third, "escalationAction")).isEqualTo("DELETE");
    assertThat(var(third, "measureChosenBy")).isEqualTo("supervisor1");
    assertThat(third).isWaitingAt("rectify").hasNotPassed("conduct-interview");
    assertThat(records.supervision((Long) variable(third, "supervisionId")).orElseThrow()
        .escalationAction()).isEqualTo("DELETE");
    rectify(third);
    assertThat(third).isEnded().hasPassed("rectified-without-interview");
  }

  @Test
  void yakeshisSupervisorMayOrderAnInterviewAndAfterItCloseTheAccount() {
    clock("2025-11-10T10:00");
    Account account = postingAccount("yakeshi");
    ProcessInstance supervision = supervise(account, "2025-11");
    inspect(supervision, true, "管理不到位");
    complete(supervision, "choose-measure", "supervisor1", "supervisors",
        Map.of("measure", "INTERVIEW", "measureReason", "责任不落实"));
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.INTERVIEWED);
    complete(supervision, "conduct-interview", "supervisor1", "supervisors", Map.of("interviewNote", "约谈"));
    rectify(supervision);
    complete(supervision, "verify-rectification", "supervisor1", "supervisors",
        Map.of("rectified", "false", "verificationNote", "仍未整改"));

    // Still not rectified: the office picks again (no automatic shutdown).
    assertThat(supervision).isWaitingAt("choose-measure");
    complete(supervision, "choose-measure", "supervisor1", "supervisors",
        Map.of("measure", "SHUTDOWN", "measureReason", "约谈后仍不整改，责令关闭"));
    assertThat(supervision).isWaitingAt("announce-shutdown");
  }

  @Test
  void thirdProblemInterviewsAndAnUnrectifiedAccountIsShutDownAndCancelled() {
    clock("2025-09-10T10:00");
    Account account = postingAccount("gaoxian-2023");
    for (String period : new String[] {"2025-09", "2025-10"}) {
      ProcessInstance earlier = supervise(account, period);
      inspect(earlier, true, "突出问题 " + period);
      rectify(earlier);
    }
    clock("2025-11-10T10:00");
    ProcessInstance third = supervise(account, "2025-11");
    inspect(third, true, "第三次突出问题");

    assertThat(var(third, "problemCount")).isEqualTo(3);
    assertThat(var(third, "escalationAction")).isEqualTo("INTERVIEW");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.INTERVIEWED);
    assertThat(third).isWaitingAt("conduct-interview").task().hasCandidateGroup("supervisors");
    assertThatThrownBy(() -> complete(third, "conduct-interview", "supervisor1", "supervisors", Map.of()))
        .hasMessageContaining("约谈记录：必填");

    clock("2025-11-12T15:00");
    complete(third, "conduct-interview", "supervisor1", "supervisors",
        Map.of("interviewNote", "约谈主办单位分管领导"));
    assertThat(var(third, "interviewed")).isEqualTo(true);
    // After the interview: 5 working days (application default) from Wednesday 2025-11-12.
    assertThat(task(third, "rectify").getDueDate()).isEqualTo(endOf("2025-11-19"));
    rectify(third);

    assertThat(third).isWaitingAt("verify-rectification");
    complete(third, "verify-rectification", "supervisor1", "supervisors",
        Map.of("rectified", "false", "verificationNote", "仍未整改"));
    assertThat(var(third, "rectified")).isEqualTo(false);
    assertThat(var(third, "escalationAction")).isEqualTo("SHUTDOWN");
    assertThat(third).isWaitingAt("announce-shutdown").task().hasCandidateGroup("account-admins");
    // The register follows only after the owner's shutdown tasks.
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.INTERVIEWED);

    shutDown(third);
    assertThat(third).isEnded().hasPassed("account-shut-down");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.SHUT_DOWN);
    assertThat(register.history(account.getId())).last()
        .satisfies(change -> assertThat(change.getChangedBy()).as("who recorded the deregistration").isEqualTo("owner1"));
    assertCancelFilingStarted(account, "2025-11-12");
    var row = records.supervision((Long) variable(third, "supervisionId")).orElseThrow();
    assertThat(row.escalationAction()).isEqualTo("SHUTDOWN");
    assertThat(row.rectified()).isFalse();
    assertThat(row.shutDownAt()).isNotNull();
  }

  @Test
  void aRectifiedAccountIsNotShutDownAfterTheInterview() {
    clock("2025-11-03T10:00");
    Account account = postingAccount("gaoxian-2023");
    for (String period : new String[] {"2025-09", "2025-10"}) {
      ProcessInstance earlier = supervise(account, period);
      inspect(earlier, true, "突出问题 " + period);
      rectify(earlier);
    }
    ProcessInstance third = supervise(account, "2025-11");
    inspect(third, true, "第三次");
    complete(third, "conduct-interview", "supervisor1", "supervisors", Map.of("interviewNote", "约谈"));
    rectify(third);
    complete(third, "verify-rectification", "supervisor1", "supervisors", Map.of("rectified", "true"));
    assertThat(third).isEnded().hasPassed("rectified-after-interview");
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.INTERVIEWED);
  }

  @Test
  void anUnfiledAccountIsShutDown() {
    clock("2025-11-10T10:00");
    Account account = openedAccount("gaoxian-2023");
    register.markUnfiled(account.getId(), true);
    ProcessInstance supervision = supervise(account, "2025-11");

    assertThat(var(supervision, "unfiled")).isEqualTo(true);
    assertThat((String) var(supervision, "automatedFindings")).contains("未备案").contains("gaoxian 7(3)");
    assertThat((String) var(supervision, "automatedFindingsJson")).contains("\"UNFILED\"");
    inspect(supervision, false, "未备案");

    assertThat(var(supervision, "escalationAction")).isEqualTo("SHUTDOWN");
    assertThat(supervision).isWaitingAt("announce-shutdown");
    shutDown(supervision);
    assertThat(reload(account.getId()).getStatus()).isEqualTo(AccountStatus.SHUT_DOWN);
    assertCancelFilingStarted(account, "2025-11-10");
  }

  @Test
  void anOverdueRectificationIsMarkedAndSupervised() {
    clock("2025-11-10T10:00");
    Account account = postingAccount("gaoxian-2023");
    ProcessInstance supervision = supervise(account, "2025-11");
    inspect(supervision, true, "问题");
    assertThat(job(supervision, "rectification-deadline-timer").getDuedate()).isEqualTo(endOf("2025-11-24"));

    clock("2025-11-24T23:59:00");
    assertThat(executable(supervision, "rectification-deadline-timer")).isFalse();
    clock("2025-11-25T00:00:01");
    assertThat(executable(supervision, "rectification-deadline-timer")).isTrue();
    management.executeJob(job(supervision, "rectification-deadline-timer").getId());

    assertThat(var(supervision, "overdue")).isEqualTo(true);
    Task watch = task(supervision, "supervise-overdue-rectification");
    assertThat(supervision).task("supervise-overdue-rectification").hasCandidateGroup("supervisors");
    assertThat(watch).isNotNull();
    // The rectification goes on.
    assertThat(supervision).isWaitingAt("rectify", "supervise-overdue-rectification");
    rectify(supervision);
    complete(supervision, "supervise-overdue-rectification", "supervisor1", "supervisors",
        Map.of("supervisionNote", "已电话督办"));
    assertThat(supervision).isEnded();
    assertThat(records.supervision((Long) variable(supervision, "supervisionId")).orElseThrow().overdue()).isTrue();
  }

  @Test
  void anUnknownAccountIsRefused() {
    clock("2025-11-10T10:00");
    Account missing = account("gaoxian-2023", "OTHER", null);
    assertThatThrownBy(() -> {
      var vars = new java.util.HashMap<String, Object>();
      vars.put("accountId", "999999999");
      runtime.startProcessInstanceByKey("account-supervision", vars);
    }).hasMessageContaining("账号编号：台账中没有编号为 999999999 的账号");
    assertThat(missing).isNotNull();
  }

  private void shutDown(ProcessInstance instance) {
    complete(instance, "announce-shutdown", "owner1", "account-admins",
        Map.of("announcementText", "本账号即日起停止更新", "announcedOn", "2025-11-12"));
    complete(instance, "deregister-shutdown", "owner1", "account-admins",
        Map.of("deregisteredOn", "2025-11-12"));
    // 登记关停 runs as a job of its own (asyncBefore): it checks the ladder's decision first.
    management.executeJob(job(instance, "shut-down-account").getId());
  }

  private void assertCancelFilingStarted(Account account, String day) {
    ProcessInstance filing = runtime.createProcessInstanceQuery().processDefinitionKey("account-filing")
        .processInstanceBusinessKey(account.getId() + ":CANCEL:" + LocalDate.parse(day)).singleResult();
    assertThat(filing).as("CANCEL filing of " + account.getId()).isNotNull();
    assertThat(filing).isWaitingAt("submit-filing");
  }
}
