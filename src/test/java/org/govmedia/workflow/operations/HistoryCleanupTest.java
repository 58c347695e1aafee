package org.govmedia.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda's history cleanup as configured (application.yaml: removal-time based, every night
 * 23:00–05:00): a citizen message's reply, finished, keeps its engine history until its time to
 * live (message-reply: 731 days) has passed, then the cleanup removes it (instance, variables,
 * tasks, the reply-deadline decision); the application's own records of it (the message with its
 * reply outcome, the approval journal) stay. The engine clock stands in for the years.
 */
class HistoryCleanupTest extends IntegrationTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired JdbcTemplate jdbc;

  @Test
  void theNightlyCleanupRemovesHistoryPastItsTimeToLiveAndLeavesTheApplicationsRecords() {
    var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("23:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("message-reply")
        .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(731);

    String messageId = "m-cleanup-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance reply = finishedReply(messageId);
    String id = reply.getId();
    assertThat(history("ACT_HI_PROCINST", "PROC_INST_ID_", id)).isEqualTo(1);
    assertThat(history("ACT_HI_VARINST", "PROC_INST_ID_", id)).isPositive();
    assertThat(history("ACT_HI_TASKINST", "PROC_INST_ID_", id)).isPositive();
    assertThat(history("ACT_HI_DECINST", "ROOT_PROC_INST_ID_", id)).isPositive();
    Date removal = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id)
        .singleResult().getRemovalTime();
    assertThat(removal).isEqualTo(Date.from(LocalDateTime.parse("2025-09-29T11:00").atZone(SHANGHAI)
        .plusDays(731).toInstant()));

    // A day before its time is up, a cleanup leaves it.
    cleanUpAt("2027-09-29T10:00");
    assertThat(history("ACT_HI_PROCINST", "PROC_INST_ID_", id)).isEqualTo(1);

    // The night after, it is gone from the engine's history; the application's records stay.
    cleanUpAt("2027-09-30T23:30");
    assertThat(history("ACT_HI_PROCINST", "PROC_INST_ID_", id)).isZero();
    assertThat(history("ACT_HI_VARINST", "PROC_INST_ID_", id)).isZero();
    assertThat(history("ACT_HI_TASKINST", "PROC_INST_ID_", id)).isZero();
    assertThat(history("ACT_HI_ACTINST", "PROC_INST_ID_", id)).isZero();
    assertThat(history("ACT_HI_DECINST", "ROOT_PROC_INST_ID_", id)).isZero();
    Map<String, Object> message = jdbc.queryForMap(
        "select process_instance_id, on_time, working_days_late, replied_at from gm_message where message_id = ?", messageId);
    assertThat(message.get("process_instance_id")).isEqualTo(id);
    assertThat(message.get("on_time")).isEqualTo(true);
    assertThat(message.get("replied_at")).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from gm_approval where process_instance_id = ? and approved = true",
        Long.class, id)).isEqualTo(1);
  }

  /** Received 2025-09-26 10:00, triaged, drafted, approved and published on 2025-09-29 11:00. */
  private ProcessInstance finishedReply(String messageId) {
    var tasks = engine.getTaskService();
    clock("2025-09-26T10:00");
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey("message-reply")
        .businessKey(messageId).setVariables(Map.of("messageId", messageId, "platform", "WEIBO",
            "receivedAt", "2025-09-26T10:00+08:00", "content", "请问社保卡如何补办？")).execute();
    complete(instance, "triage", Map.of("classification", "CONSULTATION", "department", "社保科", "majorOpinion", false));
    complete(instance, "draft-reply", Map.of("replyText", "您好，请携带身份证到社保窗口补办。"));
    clock("2025-09-29T11:00");
    complete(instance, "approve-reply", Map.of("approved", "true", "comment", "同意"));
    Job publish = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("publish-reply").singleResult();
    engine.getManagementService().executeJob(publish.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    return instance;
  }

  private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
    var tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult().getId(), variables);
  }

  /**
   * Runs the history cleanup at that moment as the job executor would in its window: the cleanup
   * job, executed until it finds nothing more to remove (it removes a batch at a time).
   */
  private void cleanUpAt(String beijing) {
    clock(beijing);
    var management = engine.getManagementService();
    engine.getHistoryService().cleanUpHistoryAsync(true);
    for (int run = 0; run < 200; run++) {
      long before = totalHistory();
      for (Job job : engine.getHistoryService().findHistoryCleanupJobs()) {
        management.executeJob(job.getId());
      }
      if (totalHistory() == before) {
        return;
      }
      engine.getHistoryService().cleanUpHistoryAsync(true);
    }
  }

  private long totalHistory() {
    return jdbc.queryForObject("select (select count(*) from ACT_HI_PROCINST) + (select count(*) from ACT_HI_DECINST)"
        + " + (select count(*) from ACT_HI_VARINST)", Long.class);
  }

  private long history(String table, String column, String processInstanceId) {
    return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class,
        processInstanceId);
  }

  private static void clock(String beijing) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(beijing).atZone(SHANGHAI).toInstant()));
  }
}
