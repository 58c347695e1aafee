package org.govmedia.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.ClerkWording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * quarterly-report (henan 6(2), 7(3)): the 2025-Q3 report of henan-2019 is due at the end of
 * 2025-10-10 (a working day: 10-01..10-08 are off), built from the quarter's inspection rounds;
 * compiled, approved and submitted in time, sent back once; the overdue path; the timer start.
 */
class QuarterlyReportProcessTest extends ReportingTestSupport {

  @Autowired WorkingCalendar calendar;

  @Test
  void aHenanReportBuiltFromTheQuartersRoundsIsApprovedAndSubmittedBeforeTheTenth() {
    String unit = unique("河南某县网信办");
    clock("2025-09-01T03:00");
    for (int i = 0; i < 4; i++) {
      account("henan-2019", unit);
    }
    Map<Long, ProcessInstance> supervisions = round("henan-2019", "2025-Q3", unit);
    assertThat(supervisions).hasSize(2); // henan 6(2): ceil(50% of 4)
    boolean prominent = true;
    for (ProcessInstance supervision : supervisions.values()) {
      inspect(supervision, prominent);
      prominent = false;
    }

    clock("2025-10-01T01:00");
    ProcessInstance report = startReport("henan-2019", "2025-Q3", unit);

    assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-10"))).isTrue();
    assertThat(variable(report, "reportDeadline")).isEqualTo(endOf("2025-10-10"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(report.getId()).singleResult()
        .getBusinessKey()).isEqualTo("henan-2019:2025-Q3:" + unit);
    assertThat(variable(report, "roundCount")).isEqualTo(1);
    assertThat(variable(report, "inspectedCount")).isEqualTo(2);
    assertThat(variable(report, "passedCount")).isEqualTo(1);
    assertThat(variable(report, "prominentCount")).isEqualTo(1);
    assertThat((String) variable(report, "reportPath")).startsWith("/api/reports/quarters/2025-Q3?ruleSet=henan-2019");
    assertThat(report).isWaitingAt("compile-quarterly-report");
    assertThat(task(report, "compile-quarterly-report").getDueDate()).isEqualTo(endOf("2025-10-10"));
    assertThat(job(report, "report-deadline-timer").getDuedate()).isEqualTo(endOf("2025-10-10"));

    complete(report, "compile-quarterly-report", "supervisor1", "supervisors", Map.of("reportNote", "第一稿"));
    assertThat(task(report, "approve-quarterly-report").getDueDate()).isEqualTo(endOf("2025-10-10"));
    // A send-back needs a reason; with one the report goes back to compilation.
    assertThatThrownBy(() -> complete(report, "approve-quarterly-report", "leader1", "main-leaders",
        Map.of("approved", "false"))).isInstanceOf(ProcessEngineException.class).hasMessageContaining(ClerkWording.field("comment") + "：");
    complete(report, "approve-quarterly-report", "leader1", "main-leaders",
        Map.of("approved", "false", "comment", "补充整改情况"));
    assertThat(report).isWaitingAt("compile-quarterly-report");
    complete(report, "compile-quarterly-report", "supervisor1", "supervisors", Map.of("reportNote", "第二稿"));
    complete(report, "approve-quarterly-report", "leader1", "main-leaders", Map.of("approved", "true", "comment", ""));

    clock("2025-10-09T16:00");
    assertThat(executable(report, "report-deadline-timer")).isFalse();
    assertThatThrownBy(() -> complete(report, "submit-quarterly-report", "supervisor1", "supervisors",
        Map.of("submittedOn", "2025-10-09", "publishedLink", "not a link")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(ClerkWording.field("publishedLink") + "：");
    assertThatThrownBy(() -> complete(report, "submit-quarterly-report", "supervisor1", "supervisors",
        Map.of("submittedOn", "2025-10-12", "publishedLink", "https://www.henan.gov.cn/q3.html")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(ClerkWording.field("submittedOn") + "：");
    complete(report, "submit-quarterly-report", "supervisor1", "supervisors",
        Map.of("submittedOn", "2025-10-09", "publishedLink", "https://www.henan.gov.cn/zwgk/2025q3.html"));

    assertThat(report).isEnded().hasPassed("record-submission").hasNotPassed("mark-report-overdue");
    assertThat(variable(report, "overdue")).isEqualTo(false);
    assertThat(variable(report, "submittedOnTime")).isEqualTo(true);
    assertThat(variable(report, "submittedBy")).isEqualTo("supervisor1");
    assertThat(management.createJobQuery().processInstanceId(report.getId()).count()).isZero();
  }

  @Test
  void aReportNotSubmittedByTheTenthIsOverdueAndSupervised() {
    String unit = unique("河南某县政务服务中心");
    clock("2025-10-01T01:00");
    ProcessInstance report = startReport("henan-2019", "2025-Q3", unit);
    assertThat(variable(report, "roundCount")).isEqualTo(0);
    complete(report, "compile-quarterly-report", "supervisor1", "supervisors", Map.of());

    clock("2025-10-10T23:00");
    assertThat(executable(report, "report-deadline-timer")).isFalse();
    clock("2025-10-11T00:00:01");
    assertThat(executable(report, "report-deadline-timer")).isTrue();
    management.executeJob(job(report, "report-deadline-timer").getId());

    assertThat(runtime.getVariable(report.getId(), "overdue")).isEqualTo(true);
    assertThat(report).isWaitingAt("approve-quarterly-report", "supervise-overdue-report");
    assertThat(tasks.createTaskQuery().processInstanceId(report.getId()).taskDefinitionKey("supervise-overdue-report")
        .taskCandidateGroup("supervisors").count()).isEqualTo(1);
    assertThatThrownBy(() -> complete(report, "supervise-overdue-report", "supervisor1", "supervisors", Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(ClerkWording.field("supervisionNote") + "：");
    complete(report, "supervise-overdue-report", "supervisor1", "supervisors", Map.of("supervisionNote", "已电话督办"));

    // The report goes on, late.
    complete(report, "approve-quarterly-report", "leader1", "main-leaders", Map.of("approved", "true"));
    clock("2025-10-13T10:00");
    complete(report, "submit-quarterly-report", "supervisor1", "supervisors",
        Map.of("submittedOn", "2025-10-13", "publishedLink", "https://www.henan.gov.cn/zwgk/2025q3.html"));
    assertThat(report).isEnded().hasPassed("mark-report-overdue", "supervise-overdue-report", "record-submission");
    assertThat(variable(report, "overdue")).isEqualTo(true);
    assertThat(variable(report, "submittedOnTime")).isEqualTo(false);
  }

  @Test
  void badStartsAreRefusedAndAStartWithoutQuarterTakesTheQuarterJustEnded() {
    clock("2026-01-05T09:00");
    assertThatThrownBy(() -> startReport("henan-2019", "2025-Q5", null))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining(ClerkWording.field("quarter") + "：");
    assertThatThrownBy(() -> startReport("nowhere", "2025-Q4", null))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining(ClerkWording.field("ruleSet") + "：");
    String unit = unique("某县");
    ProcessInstance report = startReport("gaoxian-2023", null, unit);
    assertThat(variable(report, "quarter")).isEqualTo("2025-Q4");
    // report-deadline.dmn catch-all: the 10th too; 2026-01-10 is a Saturday and is not moved.
    assertThat(variable(report, "reportDeadline")).isEqualTo(endOf("2026-01-10"));
    assertThat((String) variable(report, "reportDeadlineText")).contains("不顺延");
  }

  @Test
  void theTimerStartsTheQuartersReportsOncePerScheduledRuleSet() {
    var definitions = management.createJobDefinitionQuery().processDefinitionKey(ReportingVariables.PROCESS)
        .jobType("timer-start-event").list();
    assertThat(definitions).extracting(d -> d.getJobConfiguration())
        .anySatisfy(c -> assertThat(c).contains("${quarterlyReportSchedule.cycle}"));
    assertThat(management.createJobQuery().processDefinitionKey(ReportingVariables.PROCESS).timers().list()
        .stream().filter(job -> job.getProcessInstanceId() == null).toList())
        .isNotEmpty().allSatisfy(job -> {
          var due = job.getDuedate().toInstant().atZone(SHANGHAI);
          assertThat(due.getDayOfMonth()).isEqualTo(1);
          assertThat(due.getMonthValue()).isIn(1, 4, 7, 10);
          assertThat(due.getHour()).isEqualTo(1);
        });

    clock("2024-07-01T01:00");
    ProcessInstance run = runtime.startProcessInstanceByKey(ReportingVariables.PROCESS, new HashMap<>());
    assertThat(run).isEnded().hasPassed("start-quarterly-reports");
    assertThat(variable(run, "scheduledRun")).isEqualTo(true);
    long henan = runtime.createProcessInstanceQuery().processDefinitionKey(ReportingVariables.PROCESS)
        .processInstanceBusinessKey("henan-2019:2024-Q2").count();
    assertThat(henan).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReportingVariables.PROCESS)
        .processInstanceBusinessKey("baicheng-2021:2024-Q2").count()).isEqualTo(1);
    // A second run (another node, a retry) starts nothing new.
    runtime.startProcessInstanceByKey(ReportingVariables.PROCESS, new HashMap<>());
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReportingVariables.PROCESS)
        .processInstanceBusinessKey("henan-2019:2024-Q2").count()).isEqualTo(1);
  }
}
