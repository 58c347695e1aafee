package org.govmedia.workflow.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.AccountTestSupport;
import org.govmedia.workflow.process.ClerkWording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * holiday-duty over the real National Day period of 2025 (calendar/holidays/2025.json: off
 * 2025-10-01..10-08, make-up working day Sunday 2025-09-28): started by the scheduler's service,
 * the roster due 3 working days before (duty-roster-lead.dmn), a duty check on each day for the
 * day's duty person, a missed check overdue with a supervisors' task; and a period a supervisor adds.
 */
class HolidayDutyProcessTest extends AccountTestSupport {

  private static final String NATIONAL_DAY = "国庆节、中秋节";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired DutyPeriods periods;

  private String roster(String from, int days, String... users) {
    StringBuilder text = new StringBuilder("# 日期 | 值班人 | 带班领导 | 账号\n");
    LocalDate day = LocalDate.parse(from);
    for (int i = 0; i < days; i++) {
      text.append(day.plusDays(i)).append(" | ").append(users[i % users.length])
          .append(" | 王局长 | 全部\n");
    }
    return text.toString();
  }

  private void executeDueJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private Task check(ProcessInstance instance, String day) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("duty-check")
        .list().stream().filter(t -> day.equals(tasks.getVariable(t.getId(), "dutyDay")))
        .findFirst().orElse(null);
  }

  @Test
  void nationalDayRosterDailyChecksAndAMissedCheck() {
    clock("2025-09-20T09:00");
    assertThat(periods.holidayPeriods(LocalDate.parse("2025-09-20"), 45))
        .contains(new DutyPeriods.Period(NATIONAL_DAY, LocalDate.parse("2025-10-01"),
            LocalDate.parse("2025-10-08")));
    // A run already under way is found from its real first day.
    assertThat(periods.holidayPeriods(LocalDate.parse("2025-10-05"), 0))
        .containsExactly(new DutyPeriods.Period(NATIONAL_DAY, LocalDate.parse("2025-10-01"),
            LocalDate.parse("2025-10-08")));

    List<ProcessInstance> started = periods.startUpcoming(LocalDate.parse("2025-09-20"));
    ProcessInstance duty = started.stream()
        .filter(p -> p.getBusinessKey().equals("duty:2025-10-01:" + NATIONAL_DAY)).findFirst().orElseThrow();
    // Idempotent: the next daily run starts nothing for the same period.
    assertThat(periods.startUpcoming(LocalDate.parse("2025-09-21")))
        .noneMatch(p -> p.getBusinessKey().equals(duty.getBusinessKey()));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(duty.getBusinessKey())
        .count()).isEqualTo(1);

    // Roster: 3 working days before 2025-10-01 are 09-30, 09-29 and the make-up Sunday 09-28.
    assertThat(duty).isWaitingAt("set-duty-roster");
    assertThat(duty).task().hasCandidateGroup("account-admins");
    assertThat(runtime.getVariable(duty.getId(), "rosterLeadWorkingDays")).isEqualTo(3);
    assertThat(task(duty, "set-duty-roster").getDueDate()).isEqualTo(endOf("2025-09-28"));
    assertThat(job(duty, "roster-deadline-timer").getDuedate()).isEqualTo(endOf("2025-09-28"));
    assertThat(runtime.getVariable(duty.getId(), "overdue")).isEqualTo(false);
    assertThat(runtime.getVariable(duty.getId(), "periodSource")).isEqualTo("CALENDAR");

    // A roster missing a day, or naming an unknown user, is refused; the task stays open.
    assertThatThrownBy(() -> complete(duty, "set-duty-roster", "owner1", "account-admins",
        Map.of("dutyRoster", roster("2025-10-01", 7, "editor1"))))
        .hasMessageContaining(ClerkWording.field("dutyRoster") + "：").hasMessageContaining("2025-10-08");
    assertThatThrownBy(() -> complete(duty, "set-duty-roster", "owner1", "account-admins",
        Map.of("dutyRoster", roster("2025-10-01", 8, "nobody-here"))))
        .hasMessageContaining(ClerkWording.field("dutyRoster") + "：").hasMessageContaining("nobody-here");
    assertThat(duty).isWaitingAt("set-duty-roster");

    clock("2025-09-26T15:00");
    complete(duty, "set-duty-roster", "owner1", "account-admins",
        Map.of("dutyRoster", roster("2025-10-01", 8, "editor1", "owner1")));
    assertThat(runtime.getVariable(duty.getId(), "rosterSetBy")).isEqualTo("owner1");
    assertThat(management.createJobQuery().processInstanceId(duty.getId())
        .activityId("roster-deadline-timer").count()).isZero();
    // One waiting day per day of the period, none due yet.
    assertThat(management.createJobQuery().processInstanceId(duty.getId())
        .activityId("wait-for-duty-day").count()).isEqualTo(8);
    executeDueJobs(duty);
    assertThat(tasks.createTaskQuery().processInstanceId(duty.getId()).taskDefinitionKey("duty-check")
        .count()).isZero();

    // 2025-10-01: editor1's check, due at the end of the day.
    clock("2025-10-01T08:00");
    executeDueJobs(duty);
    Task first = check(duty, "2025-10-01");
    assertThat(first).isNotNull();
    assertThat(first.getAssignee()).isEqualTo("editor1");
    assertThat(first.getDueDate()).isEqualTo(endOf("2025-10-01"));
    assertThat(tasks.getVariable(first.getId(), "leadOnDuty")).isEqualTo("王局长");
    assertThat(check(duty, "2025-10-02")).isNull();

    Map<String, Object> done = new HashMap<>();
    done.put("channelsRead", true);
    done.put("problemsFound", "某账号栏目链接失效");
    assertThatThrownBy(() -> completeAs("editor1", "editors", first, done))
        .hasMessageContaining(ClerkWording.field("noticesAcknowledged") + "：");
    done.put("noticesAcknowledged", "true");
    assertThatThrownBy(() -> completeAs("editor1", "editors", first, done))
        .hasMessageContaining(ClerkWording.field("problemsFixed") + "：");
    done.put("problemsFixed", "已联系技术人员修复");
    completeAs("editor1", "editors", first, done);
    assertThat(check(duty, "2025-10-01")).isNull();

    // 2025-10-02: owner1 does not check; after the end of the day it is overdue.
    clock("2025-10-02T09:00");
    executeDueJobs(duty);
    Task second = check(duty, "2025-10-02");
    assertThat(second.getAssignee()).isEqualTo("owner1");
    assertThat(runtime.getVariable(duty.getId(), "overdue")).isEqualTo(false);
    clock("2025-10-02T23:59:00");
    executeDueJobs(duty);
    assertThat(tasks.createTaskQuery().processInstanceId(duty.getId())
        .taskDefinitionKey("supervise-missed-check").count()).isZero();
    clock("2025-10-03T00:00:05");
    executeDueJobs(duty);
    assertThat(runtime.getVariable(duty.getId(), "overdue")).isEqualTo(true);
    Task supervise = tasks.createTaskQuery().processInstanceId(duty.getId())
        .taskDefinitionKey("supervise-missed-check").singleResult();
    assertThat(supervise).isNotNull();
    assertThat(tasks.getVariable(supervise.getId(), "dutyDay")).isEqualTo("2025-10-02");
    assertThat(tasks.getVariable(supervise.getId(), "checkOverdue")).isEqualTo(true);
    assertThat(engine.getTaskService().getIdentityLinksForTask(supervise.getId()))
        .anyMatch(l -> "supervisors".equals(l.getGroupId()));
    // The missed check stays open, and the next day's check is there.
    assertThat(check(duty, "2025-10-02")).isNotNull();
    assertThat(check(duty, "2025-10-03").getAssignee()).isEqualTo("editor1");
    // The first day's check was done in time: its day is not overdue.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceIdIn(duty.getId()).variableName("checkOverdue").list())
        .filteredOn(v -> Boolean.TRUE.equals(v.getValue())).hasSize(1);
  }

  @Test
  void aRosterNotSetInTimeIsOverdueForTheSupervisors() {
    String name = unique("重大活动");
    clock("2025-11-03T09:00");
    ProcessInstance duty = periods.start(new DutyPeriods.Period(name, LocalDate.parse("2025-11-10"),
        LocalDate.parse("2025-11-11")), DutyVariables.SOURCE_SUPERVISOR, null);
    // 3 working days before Monday 2025-11-10: Fri 11-07, Thu 11-06, Wed 11-05.
    assertThat(task(duty, "set-duty-roster").getDueDate()).isEqualTo(endOf("2025-11-05"));
    clock("2025-11-06T00:00:01");
    executeDueJobs(duty);
    assertThat(runtime.getVariable(duty.getId(), "overdue")).isEqualTo(true);
    assertThat(duty).isWaitingAt("set-duty-roster", "supervise-late-roster");
    assertThatThrownBy(() -> complete(duty, "supervise-late-roster", "supervisor1", "supervisors",
        Map.of())).hasMessageContaining(ClerkWording.field("supervisionNote") + "：");
    complete(duty, "supervise-late-roster", "supervisor1", "supervisors",
        Map.of("supervisionNote", "已电话督促"));
    assertThat(duty).isWaitingAt("set-duty-roster");
  }

  @Test
  void aSupervisorAddsTheTwoSessionsOverRest() {
    clock("2026-02-02T10:00");
    String name = unique("全国两会");
    Map<String, Object> body = Map.of("name", name, "from", "2026-03-04", "to", "2026-03-11");

    ResponseEntity<Map<String, Object>> forbidden = as("owner1").exchange("/api/duty/periods",
        HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<Map<String, Object>> bad = as("supervisor1").exchange("/api/duty/periods",
        HttpMethod.POST, new HttpEntity<>(Map.of("name", name, "from", "2026-3-4", "to", "2026-03-11")),
        JSON);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).containsEntry("field", "from");
    ResponseEntity<Map<String, Object>> backwards = as("supervisor1").exchange("/api/duty/periods",
        HttpMethod.POST, new HttpEntity<>(Map.of("name", name, "from", "2026-03-11", "to", "2026-03-04")),
        JSON);
    assertThat(backwards.getBody()).containsEntry("field", "to");
    assertThat(periods.started(LocalDate.parse("2026-03-04"), name)).isFalse();

    ResponseEntity<Map<String, Object>> created = as("supervisor1").exchange("/api/duty/periods",
        HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("businessKey", "duty:2026-03-04:" + name);
    ProcessInstance duty = runtime.createProcessInstanceQuery()
        .processInstanceId((String) created.getBody().get("processInstanceId")).singleResult();
    assertThat(runtime.getVariable(duty.getId(), "periodSource")).isEqualTo("SUPERVISOR");
    // 3 working days before Wednesday 2026-03-04: 03-03, 03-02 and the make-up Saturday 02-28.
    assertThat(task(duty, "set-duty-roster").getDueDate()).isEqualTo(endOf("2026-02-28"));

    ResponseEntity<Map<String, Object>> again = as("supervisor1").exchange("/api/duty/periods",
        HttpMethod.POST, new HttpEntity<>(body), JSON);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<List<Map<String, Object>>> list = as("editor1").exchange("/api/duty/periods",
        HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(list.getBody()).anyMatch(p -> name.equals(p.get("name")));

    // Tasklist's start form takes the same path: the same period again is refused.
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("holiday-duty",
        Map.of("periodName", name, "periodStart", "2026-03-04", "periodEnd", "2026-03-11")))
        .hasMessageContaining(ClerkWording.field("periodStart") + "：");
  }
}
