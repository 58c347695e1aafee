package org.govmedia.workflow.e2e;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Citizens' messages made overdue through the Java API: received on 2025-09-26 (deadline
 * 2025-10-10, really past), the engine clock moved past the deadline and the timers executed by
 * hand (the job executor is off in tests), then the clock put back to the real time.
 */
final class OverdueMessages {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final ProcessEngine engine;

  OverdueMessages(ProcessEngine engine) {
    this.engine = engine;
  }

  /** A message past its reply deadline: overdue=true and a 督办 supervise-overdue task. */
  ProcessInstance overdue() {
    String messageId = "m-e2e-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      clock("2025-09-26T10:00");
      Map<String, Object> variables = new HashMap<>();
      variables.put("messageId", messageId);
      variables.put("platform", "WECHAT");
      variables.put("receivedAt", "2025-09-26T10:00+08:00");
      variables.put("content", "请问灵活就业人员社保补贴如何申领？");
      ProcessInstance message = engine.getRuntimeService().createProcessInstanceByKey("message-reply")
          .businessKey(messageId).setVariables(variables).execute();
      engine.getTaskService().complete(task(message, "triage").getId(),
          Map.of("classification", "CONSULTATION", "department", "就业科"));
      engine.getTaskService().claim(task(message, "draft-reply").getId(), "dept1");
      clock("2025-10-11T00:00");
      execute(message, "reminder-timer");
      execute(message, "deadline-timer");
      Object overdue = engine.getRuntimeService().getVariable(message.getId(), "overdue");
      if (!Boolean.TRUE.equals(overdue)) {
        throw new IllegalStateException("message " + messageId + " not overdue: overdue=" + overdue);
      }
      task(message, "supervise-overdue");
      return message;
    } finally {
      ClockUtil.reset();
    }
  }

  /** A message received just now: far from its deadline, not overdue. */
  ProcessInstance fresh() {
    String messageId = "m-e2e-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> variables = new HashMap<>();
    variables.put("messageId", messageId);
    variables.put("platform", "WEIBO");
    variables.put("receivedAt", java.time.OffsetDateTime.now(SHANGHAI).withNano(0).toString());
    variables.put("content", "请问公租房申请需要哪些材料？");
    return engine.getRuntimeService().createProcessInstanceByKey("message-reply")
        .businessKey(messageId).setVariables(variables).execute();
  }

  Task task(ProcessInstance message, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(message.getId())
        .taskDefinitionKey(key).singleResult();
    if (task == null) {
      throw new IllegalStateException("no open task " + key + " in " + message.getBusinessKey());
    }
    return task;
  }

  private void execute(ProcessInstance message, String activityId) {
    var job = engine.getManagementService().createJobQuery().processInstanceId(message.getId())
        .activityId(activityId).singleResult();
    if (job == null) {
      throw new IllegalStateException("no job at " + activityId + " in " + message.getBusinessKey());
    }
    engine.getManagementService().executeJob(job.getId());
  }

  private static void clock(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant()));
  }
}
