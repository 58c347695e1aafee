package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * inspection-round: the henan 6(2) sample (at least 50% a quarter, those not yet inspected this year
 * first, full coverage over the year), a full gaoxian round over 30 accounts started in batches with
 * its report 通报, and the timer start events of the configured schedule.
 */
class InspectionRoundProcessTest extends SupervisionTestSupport {

  @Autowired StartScheduledRoundsDelegate scheduledRounds;

  @Test
  void theScheduleStartsRoundsByTimerMonthlyForGaoxianQuarterlyForHenan() {
    var definitions = management.createJobDefinitionQuery().processDefinitionKey("inspection-round")
        .jobType("timer-start-event").list();
    assertThat(definitions).extracting(d -> d.getActivityId()).contains("round-started");
    assertThat(definitions).extracting(d -> d.getJobConfiguration())
        .anySatisfy(c -> assertThat(c).contains("${inspectionSchedule.cycle}"));
    // The configured cron (0 0 2 1 * ?): the next run is on a 1st at 02:00 Shanghai.
    // The start event's timers only: a round another test left running has timers of its own.
    assertThat(definitions.stream().flatMap(d -> management.createJobQuery().jobDefinitionId(d.getId())
        .list().stream()).toList())
        .isNotEmpty().allSatisfy(job -> {
          var due = job.getDuedate().toInstant().atZone(SHANGHAI);
          assertThat(due.getDayOfMonth()).isEqualTo(1);
          assertThat(due.getHour()).isEqualTo(2);
        });
    // Every rule set has a round for the period just ended: gaoxian 7(3) and yakeshi (application
    // default) monthly; henan 6(2), baicheng and yanchi (application default) quarterly.
    assertThat(scheduledRounds.dueRuleSets(java.time.LocalDate.parse("2025-12-01")))
        .containsExactly("gaoxian-2023", "yakeshi");
    assertThat(scheduledRounds.dueRuleSets(java.time.LocalDate.parse("2026-01-01")))
        .containsExactly("gaoxian-2023", "henan-2019", "baicheng-2021", "yakeshi", "yanchi-2017");
  }

  @Test
  void aHenanSampleTakesHalfAQuarterAndCoversEveryAccountWithinTheYear() {
    String unit = unique("河南某县政务服务中心");
    List<Long> all = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      all.add(account("henan-2019", i % 3 == 0 ? "TWO_MICRO_ONE_APP" : "OTHER", unit).getId());
    }
    Set<Long> covered = new HashSet<>();
    String[][] quarters = {{"2025-Q1", "2025-03-01T03:00"}, {"2025-Q2", "2025-06-01T03:00"},
        {"2025-Q3", "2025-09-01T03:00"}, {"2025-Q4", "2025-12-01T03:00"}};
    for (int q = 0; q < quarters.length; q++) {
      clock(quarters[q][1]);
      ProcessInstance round = startRound("henan-2019", quarters[q][0], unit, null);
      executeJobs(round, 10);
      long roundId = (Long) var(round, "roundId");
      assertThat(var(round, "roundKind")).isEqualTo("SAMPLE");
      assertThat(var(round, "samplePercent")).isEqualTo(50);
      Map<Long, ProcessInstance> supervisions = supervisionsOf(roundId);
      // ceil(50% of 9) = 5 each quarter.
      assertThat(supervisions).hasSize(5);
      assertThat(all).containsAll(supervisions.keySet());
      if (q == 1) {
        // The second quarter takes the four never inspected first: the year is covered by now.
        assertThat(supervisions.keySet().stream().filter(id -> !covered.contains(id))).hasSize(4);
        Set<Long> union = new HashSet<>(covered);
        union.addAll(supervisions.keySet());
        assertThat(union).containsExactlyInAnyOrderElementsOf(all);
      }
      covered.addAll(supervisions.keySet());
      String period = quarters[q][0];
      supervisions.forEach((account, supervision) -> {
        assertThat(supervision.getBusinessKey()).isEqualTo(account + ":" + period);
        inspect(supervision, false, "");
      });
      assertThat(round).isWaitingAt("compile-report");
      executeJobs(round, 1);
      assertThat(round).isEnded();
      assertThat(records.round(roundId).orElseThrow().status()).isEqualTo("REPORTED");
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void aFullRoundOverThirtyAccountsStartsInBatchesAndReportsEveryAccount() {
    clock("2025-11-10T10:00");
    String unit = unique("高县融媒体中心");
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Account account = account("gaoxian-2023", "OTHER", unit);
      if (i % 3 != 0) {
        dailyPosts(account, "2025-10-27", "2025-11-09", i % 2 == 0);
      }
      accounts.add(account);
    }
    Account closed = account("gaoxian-2023", "OTHER", unit);
    register.changeStatus(closed.getId(), AccountStatus.CLOSED, "test", "closed before the round");

    ProcessInstance round = startRound("gaoxian-2023", "2025-11", unit, 7);
    assertThat(round).isWaitingAt("select-accounts");
    int steps = executeJobs(round, 20);
    // select-accounts + five batches of at most 7
    assertThat(steps).isEqualTo(6);
    long roundId = (Long) var(round, "roundId");
    assertThat(var(round, "roundKind")).isEqualTo("FULL");
    assertThat(var(round, "accountCount")).isEqualTo(30);
    assertThat(var(round, "startedCount")).isEqualTo(30);
    assertThat(round).isWaitingAt("wait-gateway");
    assertThat(round.getBusinessKey()).isNull(); // set by the delegate on the instance:
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(round.getId()).singleResult()
        .getBusinessKey()).isEqualTo("gaoxian-2023:2025-11:" + roundId);

    Map<Long, ProcessInstance> supervisions = supervisionsOf(roundId);
    assertThat(supervisions).hasSize(30).doesNotContainKey(closed.getId());
    for (int i = 0; i < accounts.size(); i++) {
      Account account = accounts.get(i);
      ProcessInstance supervision = supervisions.get(account.getId());
      assertThat(var(supervision, "automatedProblem")).as("account " + i).isEqualTo(i % 3 == 0 || i % 2 != 0);
      inspect(supervision, i % 3 == 0, i % 3 == 0 ? "两周未更新" : "");
    }
    assertThat(round).isWaitingAt("compile-report");
    executeJobs(round, 1);
    assertThat(round).isEnded();

    SupervisionRecords.Round done = records.round(roundId).orElseThrow();
    assertThat(done.status()).isEqualTo("REPORTED");
    assertThat(done.decidedCount()).isEqualTo(30);
    List<SupervisionRecords.Supervision> rows = records.ofRound(roundId);
    assertThat(rows).hasSize(30).allSatisfy(row -> {
      assertThat(row.escalationAction()).isIn("NONE", "WARN");
      assertThat(row.automatedFindings()).isNotBlank();
    });
    assertThat(rows.stream().filter(r -> "WARN".equals(r.escalationAction()))).hasSize(10);
    assertThat((String) variable(round, "reportSummary")).contains("30").contains("WARN=10");
    assertThat(reload(accounts.get(0).getId()).getStatus()).isEqualTo(AccountStatus.WARNED);
  }

  @Test
  void octobersRoundChecksEveryDayOfOctoberWhateverTodaysDate() {
    // Months later: the round reports on October, not on the weeks before today.
    clock("2026-02-16T10:00");
    String unit = unique("高县教育局");
    Account silent = account("gaoxian-2023", "OTHER", unit);
    post(silent, "2025-09-30", true);
    dailyPosts(silent, "2025-10-20", "2025-10-31", true);
    Account everyThirdDay = account("gaoxian-2023", "OTHER", unit);
    for (int day = 1; day <= 31; day += 3) {
      post(everyThirdDay, String.format("2025-10-%02d", day), true);
    }
    dailyPosts(silent, "2026-02-01", "2026-02-15", true);

    ProcessInstance round = startRound("gaoxian-2023", "2025-10", unit, null);
    executeJobs(round, 5);
    Map<Long, ProcessInstance> supervisions = supervisionsOf((Long) var(round, "roundId"));

    ProcessInstance flagged = supervisions.get(silent.getId());
    assertThat(var(flagged, "automatedProblem")).isEqualTo(true);
    assertThat((String) var(flagged, "automatedFindingsJson"))
        .contains("\"code\":\"" + SupervisionChecks.SILENT + "\",\"text\"")
        .contains("\"from\":\"2025-10-01\",\"to\":\"2025-10-19\"");
    assertThat((String) var(flagged, "automatedFindings")).contains("2025-10-01 至 2025-10-19");
    assertThat(var(supervisions.get(everyThirdDay.getId()), "automatedProblem")).isEqualTo(false);

    inspect(flagged, true, "十月上旬至中旬两周以上未更新");
    inspect(supervisions.get(everyThirdDay.getId()), false, "");
    executeJobs(round, 1);
    assertThat(round).isEnded();
  }

  @Test
  void anUnfiledAccountIsInTheRoundAndAnUnknownRuleSetIsRefused() {
    clock("2025-11-10T10:00");
    String unit = unique("高县某局");
    Account unfiled = openedAccount("gaoxian-2023");
    register.markUnfiled(unfiled.getId(), true);
    ProcessInstance round = startRound("gaoxian-2023", "2025-11", unfiled.getOwnerUnit(), null);
    executeJobs(round, 5);
    Map<Long, ProcessInstance> supervisions = supervisionsOf((Long) var(round, "roundId"));
    assertThat(supervisions).containsOnlyKeys(unfiled.getId());
    inspect(supervisions.get(unfiled.getId()), true, "未备案");
    assertThat(var(supervisions.get(unfiled.getId()), "escalationAction")).isEqualTo("SHUTDOWN");
    // Decided: the round reports while the shutdown goes on.
    assertThat(round).isWaitingAt("compile-report");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> startRound("atlantis", "2025-11", unit, null))
        .hasMessageContaining("规则集：未知的规则集「atlantis」");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> startRound("henan-2019", "2025-13", unit, null))
        .hasMessageContaining("检查期间：");
  }
}
