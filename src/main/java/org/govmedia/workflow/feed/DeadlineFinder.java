package org.govmedia.workflow.feed;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.filing.FilingStarter;
import org.govmedia.workflow.filing.FilingVariables;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.identity.Role;
import org.govmedia.workflow.process.ProcessVariables;
import org.springframework.stereotype.Service;

/**
 * The deadlines of the calendar feeds. A user's: the open tasks with a due date assigned to them,
 * or unassigned with them or one of their groups as candidate (a group's task someone else took is
 * that person's deadline, not theirs); plus, for a member of a group that takes part in
 * account-filing (Role: account-admins, supervisors), the {@code filingDeadline} of every running
 * account-filing (the register maps accounts to owner units, not to groups, so those groups handle
 * every account). An owner unit's: the running filings and the open tasks with a due date of the
 * processes of its accounts (variable {@code accountId}). The engine is asked as the application:
 * the filters above are what decides what a user sees.
 */
@Service
public class DeadlineFinder {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Date EPOCH = new Date(0);

  private final ProcessEngine engine;
  private final AccountRegister register;
  private final WorkingCalendar calendar;

  public DeadlineFinder(ProcessEngine engine, AccountRegister register, WorkingCalendar calendar) {
    this.engine = engine;
    this.register = register;
    this.calendar = calendar;
  }

  /** The deadlines of the user of the groups; {@code tasklist} is the Tasklist's address. */
  public List<Deadline> ofUser(String userId, Collection<String> groups, String tasklist) {
    return asApplication(() -> {
      Map<String, Task> tasks = new LinkedHashMap<>();
      var taskService = engine.getTaskService();
      taskService.createTaskQuery().taskAssignee(userId).dueAfter(EPOCH).unlimitedList()
          .forEach(t -> tasks.put(t.getId(), t));
      taskService.createTaskQuery().taskCandidateUser(userId).dueAfter(EPOCH).unlimitedList()
          .forEach(t -> tasks.put(t.getId(), t));
      if (!groups.isEmpty()) {
        taskService.createTaskQuery().taskCandidateGroupIn(List.copyOf(groups)).dueAfter(EPOCH).unlimitedList()
            .forEach(t -> tasks.put(t.getId(), t));
      }
      List<Deadline> deadlines = new ArrayList<>(taskDeadlines(tasks.values(), tasklist));
      if (handlesFilings(groups)) {
        deadlines.addAll(filingDeadlines(null));
      }
      return sorted(deadlines);
    });
  }

  /** The deadlines of the accounts of an owner unit (empty when it has none). */
  public List<Deadline> ofUnit(String ownerUnit, String tasklist) {
    return asApplication(() -> {
      Set<String> accountIds = register.list(null, null, ownerUnit, null).stream()
          .map(Account::getId).map(String::valueOf).collect(Collectors.toSet());
      if (accountIds.isEmpty()) {
        return List.<Deadline>of();
      }
      Set<String> instances = accountVariables().stream()
          .filter(v -> accountIds.contains(String.valueOf(v.getValue())))
          .map(VariableInstance::getProcessInstanceId).collect(Collectors.toSet());
      List<Deadline> deadlines = new ArrayList<>();
      if (!instances.isEmpty()) {
        List<Task> tasks = engine.getTaskService().createTaskQuery()
            .processInstanceIdIn(instances.toArray(String[]::new)).dueAfter(EPOCH).unlimitedList();
        deadlines.addAll(taskDeadlines(tasks, tasklist));
      }
      deadlines.addAll(filingDeadlines(accountIds));
      return sorted(deadlines);
    });
  }

  /** Whether one of the groups takes part in account-filing (Role's visible processes). */
  static boolean handlesFilings(Collection<String> groups) {
    for (Role role : Role.values()) {
      if (groups.contains(role.groupId()) && (role.visibleProcesses().contains(FilingStarter.PROCESS_KEY)
          || role.visibleProcesses().contains("*"))) {
        return true;
      }
    }
    return false;
  }

  private List<VariableInstance> accountVariables() {
    return engine.getRuntimeService().createVariableInstanceQuery()
        .variableName(ProcessVariables.ACCOUNT_ID).unlimitedList();
  }

  private List<Deadline> taskDeadlines(Collection<Task> tasks, String tasklist) {
    Map<String, String> businessKeys = businessKeys(tasks.stream()
        .map(Task::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet()));
    List<Deadline> deadlines = new ArrayList<>();
    for (Task task : tasks) {
      String businessKey = businessKeys.get(task.getProcessInstanceId());
      String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
      String summary = "待办截止 " + name + (businessKey == null ? "" : " · " + businessKey);
      String description = "截止时间：" + due(task.getDueDate()) + "\n任务：" + name
          + (businessKey == null ? "" : "\n业务编号：" + businessKey)
          + "\n在任务列表中办理：" + taskUrl(tasklist, task.getId());
      deadlines.add(new Deadline("task-" + task.getId() + "@govmedia-workflow", summary, description,
          task.getDueDate(), taskUrl(tasklist, task.getId())));
    }
    return deadlines;
  }

  /** The filing deadlines of the running account-filing instances (of the accounts, or all: null). */
  private List<Deadline> filingDeadlines(Set<String> accountIds) {
    List<String> instances = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FilingStarter.PROCESS_KEY).unlimitedList().stream().map(p -> p.getId()).toList();
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (int from = 0; from < instances.size(); from += 500) {
      List<String> chunk = instances.subList(from, Math.min(instances.size(), from + 500));
      engine.getRuntimeService().createVariableInstanceQuery()
          .processInstanceIdIn(chunk.toArray(String[]::new))
          .variableNameIn(FilingVariables.FILING_DEADLINE, ProcessVariables.ACCOUNT_ID,
              FilingVariables.FILING_EVENT, "accountName")
          .unlimitedList().forEach(v -> {
            // Only the instance's own (process-level) variables: a task-local copy is not the filing's.
            if (v.getExecutionId().equals(v.getProcessInstanceId())) {
              variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                  .put(v.getName(), v.getValue());
            }
          });
    }
    List<Deadline> deadlines = new ArrayList<>();
    variables.forEach((instance, values) -> {
      Object deadline = values.get(FilingVariables.FILING_DEADLINE);
      Object accountId = values.get(ProcessVariables.ACCOUNT_ID);
      if (!(deadline instanceof Date due) || accountId == null
          || (accountIds != null && !accountIds.contains(accountId.toString()))) {
        return;
      }
      Object accountName = values.getOrDefault("accountName", "");
      Object event = values.getOrDefault(FilingVariables.FILING_EVENT, "");
      String eventName = org.govmedia.workflow.account.FilingEvent.chineseName(event);
      String summary = "备案截止 " + accountName + " " + eventName + "备案";
      String description = "备案期限：" + due(due) + "\n账号：" + accountName + "（台账编号 " + accountId
          + "）\n备案事项：" + eventName;
      deadlines.add(new Deadline("filing-" + instance + "@govmedia-workflow", summary, description,
          due, null));
    });
    return deadlines;
  }

  private Map<String, String> businessKeys(Set<String> processInstanceIds) {
    Map<String, String> keys = new HashMap<>();
    if (!processInstanceIds.isEmpty()) {
      engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceIds(processInstanceIds).unlimitedList()
          .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
    }
    return keys;
  }

  private String due(Date date) {
    return DUE.format(date.toInstant().atZone(calendar.zone())) + "（北京时间）";
  }

  static String taskUrl(String tasklist, String taskId) {
    return tasklist + "/#/?task=" + taskId;
  }

  private static List<Deadline> sorted(List<Deadline> deadlines) {
    deadlines.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::uid));
    return deadlines;
  }

  /** Runs the queries without the caller's engine authorizations, then restores them. */
  private <T> T asApplication(Supplier<T> work) {
    return AsApplication.run(engine, work);
  }
}
