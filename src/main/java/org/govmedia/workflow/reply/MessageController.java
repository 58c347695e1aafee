package org.govmedia.workflow.reply;

import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.identity.Role;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 留言受理 Intake of citizen messages from the channels, and the list of open (overdue) messages.
 * The engine applies the caller's authorizations: hotline staff may start {@code message-reply};
 * supervisors read every instance, others only what they are allowed to read.
 */
@RestController
@RequestMapping("/api/messages")
public class MessageController {

  private final ProcessEngine engine;
  private final MessageValidator validator;
  private final MessageRecordRepository records;
  private final ReplyNotificationRepository notifications;

  public MessageController(ProcessEngine engine, MessageValidator validator,
      MessageRecordRepository records, ReplyNotificationRepository notifications) {
    this.engine = engine;
    this.validator = validator;
    this.records = records;
    this.notifications = notifications;
  }

  /** A message from a channel; {@code ruleSet} optional (the deployment's default). */
  public record IntakeRequest(String messageId, String platform, String receivedAt, String content,
      String citizenContact, String ruleSet) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record IntakeResponse(String messageId, String processInstanceId, boolean duplicate,
      Date replyDeadline) {}

  /** 201 with the new instance; 200 with the existing one when the message id was taken in before. */
  @PostMapping
  public ResponseEntity<IntakeResponse> take(@RequestBody IntakeRequest request) {
    refuseWithoutRight();
    Map<String, Object> variables = new HashMap<>();
    variables.put("messageId", request.messageId());
    variables.put("platform", request.platform());
    variables.put("receivedAt", request.receivedAt());
    variables.put("content", request.content());
    variables.put("citizenContact", request.citizenContact());
    variables.put(RULE_SET, request.ruleSet());
    MessageValidator.ValidMessage message;
    try {
      message = validator.validate(variables);
    } catch (InvalidMessageException e) {
      throw new BadRequestException(e.getField(), e.getMessage());
    }
    ResponseEntity<IntakeResponse> existing = existing(message.messageId());
    if (existing != null) {
      return existing;
    }
    variables.values().removeIf(java.util.Objects::isNull);
    try {
      ProcessInstanceWithVariables instance = engine.getRuntimeService()
          .createProcessInstanceByKey(MessageIntakeListener.PROCESS_KEY)
          .businessKey(message.messageId()).setVariables(variables).executeWithVariablesInReturn();
      return ResponseEntity.status(HttpStatus.CREATED).body(new IntakeResponse(message.messageId(),
          instance.getId(), false, (Date) instance.getVariables().get("replyDeadline")));
    } catch (InvalidMessageException e) {
      existing = "messageId".equals(e.getField()) ? existing(message.messageId()) : null;
      if (existing != null) {
        return existing;
      }
      throw new BadRequestException(e.getField(), e.getMessage());
    } catch (DataIntegrityViolationException e) {
      // Another node took the same message in at the same moment: answer its instance.
      existing = existing(message.messageId());
      if (existing != null) {
        return existing;
      }
      throw e;
    } catch (AuthorizationException e) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
    }
  }

  /**
   * Only a caller who may take messages in (start message-reply) learns whether a message id was
   * taken in before: anyone else gets the same 403 whether or not the id exists.
   */
  private void refuseWithoutRight() {
    var auth = engine.getIdentityService().getCurrentAuthentication();
    if (auth == null || !engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return;
    }
    var authorizations = engine.getAuthorizationService();
    boolean allowed = authorizations.isUserAuthorized(auth.getUserId(), auth.getGroupIds(),
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE,
        org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION,
        MessageIntakeListener.PROCESS_KEY)
        && authorizations.isUserAuthorized(auth.getUserId(), auth.getGroupIds(),
        org.camunda.bpm.engine.authorization.Permissions.CREATE,
        org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE);
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "无权受理留言 (only the hotline takes citizen messages in)");
    }
  }

  private ResponseEntity<IntakeResponse> existing(String messageId) {
    return records.findById(messageId).map(record -> ResponseEntity.ok(new IntakeResponse(messageId,
        record.getProcessInstanceId(), true, null))).orElse(null);
  }

  /** An open message: its deadline and who holds it now. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OpenMessage(String messageId, String processInstanceId, Date replyDeadline,
      boolean overdue, String currentTask, String currentTaskName, String assignee,
      List<String> candidateGroups) {}

  /**
   * Open messages (not yet replied), the overdue ones only with {@code overdue=true}: deadline,
   * current task and its owner (assignee, else candidate groups). Read with the caller's
   * authorizations (supervisors see all).
   */
  @GetMapping
  public List<OpenMessage> open(@RequestParam(required = false) Boolean overdue) {
    ProcessInstanceQuery query = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MessageIntakeListener.PROCESS_KEY).active()
        .variableValueEquals("replied", false);
    if (overdue != null) {
      query.variableValueEquals("overdue", overdue);
    }
    List<OpenMessage> result = new ArrayList<>();
    for (ProcessInstance instance : query.orderByBusinessKey().asc().listPage(0, 500)) {
      Map<String, Object> variables = engine.getRuntimeService()
          .getVariables(instance.getId(), List.of("replyDeadline", "overdue"));
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKeyIn(ReplyNotifier.REPLY_TASKS.toArray(String[]::new)).unlimitedList();
      Task task = tasks.isEmpty() ? null : tasks.get(0);
      List<String> groups = task == null || task.getAssignee() != null ? null
          : engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                  && link.getGroupId() != null).map(link -> link.getGroupId()).toList();
      result.add(new OpenMessage(instance.getBusinessKey(), instance.getId(),
          (Date) variables.get("replyDeadline"), Boolean.TRUE.equals(variables.get("overdue")),
          task == null ? "publish-reply" : task.getTaskDefinitionKey(),
          task == null ? null : task.getName(), task == null ? null : task.getAssignee(), groups));
    }
    return result;
  }

  /** Reminder and overdue notices, newest first: supervisors and administrators only. */
  @GetMapping("/notifications")
  public List<ReplyNotification> notifications(@RequestParam(required = false) String messageId,
      Authentication caller) {
    boolean allowed = caller != null && caller.getAuthorities().stream().anyMatch(a ->
        Role.SUPERVISORS.groupId().equals(a.getAuthority()) || Role.ADMIN_GROUP.equals(a.getAuthority()));
    if (!allowed) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "supervisors only");
    }
    return messageId != null ? notifications.findByMessageIdOrderById(messageId)
        : notifications.findTop200ByOrderByIdDesc();
  }
}
