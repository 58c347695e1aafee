package org.govmedia.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** What an operator watches: health with its parts, and Prometheus metrics per process. */
class OperationsEndpointsTest extends IntegrationTest {

  @Autowired WorkflowMetrics metrics;

  @Test
  void healthShowsDatabaseJobExecutorAndCalendarCoverageToAdministrators() {
    var health = as("demo").getForEntity("/actuator/health", Map.class);
    Map<String, Object> components = (Map<String, Object>) health.getBody().get("components");
    assertThat(components).containsKeys("db", "jobs", "processEngine", "calendar");
    Map<String, Object> jobs = (Map<String, Object>) ((Map<String, Object>) components.get("jobs")).get("details");
    assertThat(jobs).containsKeys("executorActive", "jobsDueForOverAMinute", "failedJobs");
    Map<String, Object> calendar = (Map<String, Object>) ((Map<String, Object>) components.get("calendar")).get("details");
    assertThat(calendar).containsKeys("coveredYears", "uncoveredYears");
    // Anonymous callers get the status only.
    var anonymous = rest.getForEntity("/actuator/health", Map.class);
    assertThat(anonymous.getBody()).containsKey("status").doesNotContainKey("components");
  }

  @Test
  void prometheusCountsOpenTasksAndOverdueInstancesPerProcess() {
    String messageId = "M-OPS-" + UUID.randomUUID().toString().substring(0, 8);
    var intake = as("hotline1").postForEntity("/api/messages", Map.of("messageId", messageId,
        "platform", "WECHAT", "receivedAt", "2025-09-26T10:00:00+08:00", "content", "社保卡补办需要什么材料？"),
        String.class);
    assertThat(intake.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(messageId).singleResult().getId();
    // The message is more than a year old: both its timers are due; run them as the job executor would.
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    assertThat(engine.getRuntimeService().getVariable(instance, "overdue")).isEqualTo(true);

    metrics.refresh();
    var scrape = as("supervisor1").getForEntity("/actuator/prometheus", String.class);
    assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(gauge(scrape.getBody(), "govmedia_instances_overdue", "message-reply")).isGreaterThanOrEqualTo(1);
    assertThat(gauge(scrape.getBody(), "govmedia_tasks_open", "message-reply")).isGreaterThanOrEqualTo(2);
    assertThat(gauge(scrape.getBody(), "govmedia_instances_running", "message-reply")).isGreaterThanOrEqualTo(1);

    // Metrics are for operators and supervisors only.
    assertThat(as("editor1").getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private static double gauge(String scrape, String name, String process) {
    return scrape.lines().filter(l -> l.startsWith(name + "{") && l.contains("process=\"" + process + "\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
        .orElseThrow(() -> new AssertionError(name + " for " + process + " not in the scrape"));
  }
}
