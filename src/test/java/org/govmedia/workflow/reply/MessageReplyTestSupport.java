package org.govmedia.workflow.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;

/** Helpers of the message-reply tests: Shanghai times, unique message ids, tasks and jobs. */
abstract class MessageReplyTestSupport extends IntegrationTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  RuntimeService runtime;
  TaskService tasks;
  ManagementService management;

  @BeforeEach
  void initServices() {
    AbstractAssertions.init(engine);
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
  }

  /** A local Shanghai date-time, e.g. "2025-09-26T10:00". */
  static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant());
  }

  static void clock(String localDateTime) {
    ClockUtil.setCurrentTime(at(localDateTime));
  }

  static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid intake body; callers change or drop fields. */
  static Map<String, Object> message(String messageId, String receivedAt) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("messageId", messageId);
    body.put("platform", "WECHAT");
    body.put("receivedAt", receivedAt);
    body.put("content", "请问灵活就业人员社保补贴如何申领？");
    body.put("citizenContact", "138****0000");
    return body;
  }

  /** Starts through the Java API (no caller: no authorization checks), clock at receipt. */
  ProcessInstance start(String messageId, String receivedAtLocal, Map<String, Object> extra) {
    clock(receivedAtLocal);
    Map<String, Object> variables = message(messageId,
        LocalDateTime.parse(receivedAtLocal).atZone(SHANGHAI).toOffsetDateTime().toString());
    variables.remove("citizenContact");
    variables.putAll(extra);
    return runtime.createProcessInstanceByKey("message-reply").businessKey(messageId)
        .setVariables(variables).execute();
  }

  Task task(ProcessInstance instance, String key) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
    tasks.complete(task(instance, key).getId(), variables);
  }

  Job job(ProcessInstance instance, String activityId) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    return job;
  }

  boolean executable(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .executable().count() == 1;
  }

  void execute(ProcessInstance instance, String activityId) {
    management.executeJob(job(instance, activityId).getId());
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  /** triage (in remit) -> draft-reply -> approve-reply (approved), clock untouched. */
  void triageDraftApprove(ProcessInstance instance) {
    complete(instance, "triage", Map.of("classification", "CONSULTATION", "department", "社保科",
        "majorOpinion", false));
    complete(instance, "draft-reply", Map.of("replyText", "您好，请携带身份证到社保窗口申领。"));
    complete(instance, "approve-reply", Map.of("approved", "true", "comment", "同意"));
  }
}
