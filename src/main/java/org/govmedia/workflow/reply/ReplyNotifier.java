package org.govmedia.workflow.reply;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Writes one notification per open reply task of the message (not the supervisors' own task): to the
 * task's assignee, else to each of its candidate groups, with the responsible department.
 */
@Component
public class ReplyNotifier {

  /** The tasks of the reply itself; a notice goes to whoever holds one of them. */
  static final List<String> REPLY_TASKS = List.of("triage", "draft-reply", "draft-referral",
      "approve-reply");

  private final ReplyNotificationRepository notifications;

  public ReplyNotifier(ReplyNotificationRepository notifications) {
    this.notifications = notifications;
  }

  public List<ReplyNotification> notifyHolders(DelegateExecution execution,
      ReplyNotification.Kind kind) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String messageId = (String) execution.getVariable("messageId");
    String department = (String) execution.getVariable("department");
    Date deadline = (Date) execution.getVariable("replyDeadline");
    List<ReplyNotification> written = new ArrayList<>();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKeyIn(REPLY_TASKS.toArray(String[]::new)).unlimitedList()) {
        if (task.getAssignee() != null) {
          written.add(record(kind, messageId, execution, task, ReplyNotification.RecipientType.USER,
              task.getAssignee(), department, deadline));
        } else {
          tasks.getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
              .forEach(link -> written.add(record(kind, messageId, execution, task,
                  link.getGroupId() != null ? ReplyNotification.RecipientType.GROUP
                      : ReplyNotification.RecipientType.USER,
                  link.getGroupId() != null ? link.getGroupId() : link.getUserId(), department,
                  deadline)));
        }
      }
      return null;
    });
    return notifications.saveAllAndFlush(written);
  }

  private static ReplyNotification record(ReplyNotification.Kind kind, String messageId,
      DelegateExecution execution, Task task, ReplyNotification.RecipientType type, String recipient,
      String department, Date deadline) {
    return new ReplyNotification(kind, messageId, execution.getProcessInstanceId(), task.getId(),
        task.getTaskDefinitionKey(), type, recipient, department,
        deadline == null ? null : deadline.toInstant(), ClockUtil.getCurrentTime().toInstant());
  }
}
