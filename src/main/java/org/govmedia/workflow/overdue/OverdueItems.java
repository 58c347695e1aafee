package org.govmedia.workflow.overdue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountRepository;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.display.ClerkDisplay;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.web.PageAsked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 逾期事项 Everything overdue across all processes: each running instance that its process marked
 * {@code overdue=true} when its deadline passed (the reply, filing, rectification, report and duty
 * deadlines), one {@link OverdueItem} each.
 *
 * <p>A fixed number of queries whatever the number of items, none per row: which items and in which
 * order ({@link OverdueSelection}, one statement), then for the page's items at once (in chunks of
 * {@value #CHUNK} ids) their variables, their open tasks, the candidate groups of the unassigned
 * ones, the accounts of the register, the holders' names and the process definitions.
 * The engine is asked as the application: who may read this list (supervisors, administrators) is
 * decided in front of it (SecurityConfig), and the authorization joins would only slow the queries.
 */
@Service
public class OverdueItems {

  /** The most ids one IN list takes (PostgreSQL and H2 take many more; this keeps statements small). */
  static final int CHUNK = 1000;

  /** The deadline variable of each deadline-bearing process. */
  static final Map<String, String> DUE_VARIABLE = Map.of(
      "message-reply", "replyDeadline",
      "account-filing", "filingDeadline",
      "account-supervision", "rectificationDeadline",
      "quarterly-report", "reportDeadline",
      "holiday-duty", "rosterDeadline");

  /** The processes this list covers (a filter outside them is refused). */
  public static final List<String> PROCESSES = List.copyOf(new java.util.TreeSet<>(DUE_VARIABLE.keySet()));

  private static final List<String> VARIABLES = List.of("replyDeadline", "filingDeadline",
      "rectificationDeadline", "reportDeadline", "rosterDeadline", "ruleSet", "accountId", "content",
      "department", "filingEvent", "period", "quarter", "ownerUnit", "periodName");

  private final ProcessEngine engine;
  private final AccountRepository accounts;
  private final WorkingCalendar calendar;
  private final ClerkDisplay display;
  private final JdbcClient jdbc;
  private final OverdueSelection selection;

  public OverdueItems(ProcessEngine engine, AccountRepository accounts, WorkingCalendar calendar,
      ClerkDisplay display, JdbcClient jdbc, OverdueSelection selection) {
    this.engine = engine;
    this.accounts = accounts;
    this.calendar = calendar;
    this.display = display;
    this.jdbc = jdbc;
    this.selection = selection;
  }

  /**
   * Every overdue item, most days late first; each filter null for none (the CSV and xlsx files).
   *
   * @param processKey one of {@link #PROCESSES}
   * @param ownerUnit the exact owner unit
   * @param ruleSet one of the rule sets
   */
  public List<OverdueItem> find(String processKey, String ownerUnit, String ruleSet) {
    return page(processKey, ownerUnit, ruleSet, null).items();
  }

  /** One page of the overdue items (all of them when {@code asked} is null), most days late first. */
  public OverduePage page(String processKey, String ownerUnit, String ruleSet, PageAsked asked) {
    return AsApplication.run(engine, () -> collect(processKey, ownerUnit, ruleSet, asked));
  }

  /**
   * The order and the page come first, from a few values of every matching instance (its deadline
   * and, to filter by unit, its account's or its own unit); the rows (variables, tasks, holders,
   * accounts, titles) are made only for the page. Most working days late is the earliest deadline
   * first: days late never grow with a later deadline.
   */
  private OverduePage collect(String processKey, String ownerUnit, String ruleSet, PageAsked asked) {
    List<String> ordered = selection.ordered(processKey == null ? PROCESSES : List.of(processKey), ownerUnit,
        ruleSet);
    int count = ordered.size();
    PageAsked shown = asked == null ? new PageAsked(1, Math.max(1, count)) : asked;
    int size = shown.size();
    int number = shown.number();
    int from = (int) Math.min(count, shown.offset());
    int to = (int) Math.min(count, (long) from + size);
    List<ProcessInstance> instances = instances(ordered.subList(from, to));
    List<OverdueItem> items = rows(instances, definitions(instances));
    return new OverduePage(count, number, size, count == 0 ? 0 : (count + size - 1) / size,
        from < to ? from + 1 : 0, from < to ? to : 0, items);
  }

  /** The page's instances, in the page's order. */
  private List<ProcessInstance> instances(List<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, ProcessInstance> byId = new HashMap<>();
    chunks(ids, chunk -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(new HashSet<>(chunk)).unlimitedList().forEach(i -> byId.put(i.getId(), i)));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private List<OverdueItem> rows(List<ProcessInstance> instances, Map<String, ProcessDefinition> definitions) {
    if (instances.isEmpty()) {
      return List.of();
    }
    List<String> ids = instances.stream().map(ProcessInstance::getId).toList();
    Map<String, Map<String, Object>> variables = variables(ids, VARIABLES);
    Map<String, List<Task>> tasks = openTasks(ids);
    Map<String, List<String>> candidates = candidateGroups(tasks.values().stream().flatMap(List::stream)
        .filter(t -> t.getAssignee() == null).map(Task::getId).toList());
    Map<String, String> users = userNames(tasks.values().stream().flatMap(List::stream)
        .map(Task::getAssignee).filter(Objects::nonNull).distinct().toList());
    Map<Long, Account> accountsById = accounts(variables.values());
    LocalDate today = calendar.today();

    List<OverdueItem> items = new ArrayList<>();
    for (ProcessInstance instance : instances) {
      ProcessDefinition definition = definitions.get(instance.getProcessDefinitionId());
      String key = key(definitions, instance);
      Map<String, Object> vars = variables.getOrDefault(instance.getId(), Map.of());
      Account account = accountsById.get(AccountRegister.parseId(vars.get("accountId")));
      String unit = OverdueRowText.ownerUnit(key, vars, account);
      Instant due = OverdueRowText.instant(vars.get(DUE_VARIABLE.get(key)));
      Integer late = due == null ? null : daysLate(due, today);
      Task task = openTask(tasks.getOrDefault(instance.getId(), List.of()));
      items.add(new OverdueItem(key, OverdueRowText.chinese(definition == null ? key : definition.getName()),
          instance.getBusinessKey(), OverdueRowText.title(key, vars,
              account == null ? OverdueRowText.text(vars.get("accountId")) : display.accountName(account)), unit, OverdueRowText.text(vars.get("ruleSet")), due,
          display.dateTime(due), late, task == null ? "" : OverdueRowText.chinese(task.getName()),
          task == null ? "" : OverdueRowText.holder(task, users, candidates), instance.getId()));
    }
    return items;
  }

  private static String key(Map<String, ProcessDefinition> definitions, ProcessInstance instance) {
    ProcessDefinition definition = definitions.get(instance.getProcessDefinitionId());
    return definition == null ? "" : definition.getKey();
  }

  /**
   * 逾期工作日 The working days an item is late: those after its deadline's day up to today. The one
   * place this list asks the calendar module.
   */
  private int daysLate(Instant due, LocalDate today) {
    return calendar.workingDaysBetween(calendar.dayOf(due), today);
  }

  private Map<String, Map<String, Object>> variables(List<String> instanceIds, List<String> names) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    // A variable of the instance itself wins over one of the same name in a scope inside it.
    Map<String, Set<String>> fromInstanceScope = new HashMap<>();
    chunks(instanceIds, chunk -> engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(chunk.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
        .disableBinaryFetching().disableCustomObjectDeserialization().unlimitedList()
        .forEach(v -> put(byInstance, fromInstanceScope, v)));
    return byInstance;
  }

  private static void put(Map<String, Map<String, Object>> byInstance,
      Map<String, Set<String>> fromInstanceScope, VariableInstance v) {
    Map<String, Object> vars = byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>());
    Set<String> instanceScope = fromInstanceScope.computeIfAbsent(v.getProcessInstanceId(), k -> new HashSet<>());
    boolean ofInstance = v.getProcessInstanceId().equals(v.getExecutionId());
    if (ofInstance) {
      vars.put(v.getName(), v.getValue());
      instanceScope.add(v.getName());
    } else if (!instanceScope.contains(v.getName()) && v.getValue() != null) {
      vars.putIfAbsent(v.getName(), v.getValue());
    }
  }

  private Map<String, List<Task>> openTasks(List<String> instanceIds) {
    Map<String, List<Task>> byInstance = new HashMap<>();
    chunks(instanceIds, chunk -> engine.getTaskService().createTaskQuery()
        .processInstanceIdIn(chunk.toArray(String[]::new)).orderByTaskCreateTime().asc().unlimitedList()
        .forEach(t -> byInstance.computeIfAbsent(t.getProcessInstanceId(), k -> new ArrayList<>()).add(t)));
    return byInstance;
  }

  /**
   * The candidate groups of the tasks, in one query per chunk (the engine's API asks task by task).
   */
  private Map<String, List<String>> candidateGroups(List<String> taskIds) {
    Map<String, List<String>> byTask = new HashMap<>();
    chunks(taskIds, chunk -> jdbc.sql("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK "
            + "where TYPE_ = 'candidate' and GROUP_ID_ is not null and TASK_ID_ in (:ids) order by GROUP_ID_")
        .param("ids", chunk)
        .query((row, n) -> Map.entry(row.getString(1), row.getString(2))).list()
        .forEach(e -> byTask.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
    return byTask;
  }

  private Map<String, String> userNames(List<String> userIds) {
    Map<String, String> names = new HashMap<>();
    chunks(userIds, chunk -> engine.getIdentityService().createUserQuery()
        .userIdIn(chunk.toArray(String[]::new)).unlimitedList().forEach(u -> names.put(u.getId(), OverdueRowText.userName(u))));
    return names;
  }

  private Map<Long, Account> accounts(Collection<Map<String, Object>> variables) {
    List<Long> ids = variables.stream().map(v -> AccountRegister.parseId(v.get("accountId")))
        .filter(Objects::nonNull).distinct().toList();
    Map<Long, Account> byId = new HashMap<>();
    chunks(ids, chunk -> accounts.findAllById(chunk).forEach(a -> byId.put(a.getId(), a)));
    return byId;
  }

  private Map<String, ProcessDefinition> definitions(List<ProcessInstance> instances) {
    String[] ids = instances.stream().map(ProcessInstance::getProcessDefinitionId).distinct()
        .toArray(String[]::new);
    Map<String, ProcessDefinition> byId = new LinkedHashMap<>();
    engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionIdIn(ids)
        .unlimitedList().forEach(d -> byId.put(d.getId(), d));
    return byId;
  }

  /** The item's own work first (not the supervisors' 督办 task), the oldest first. */
  private static Task openTask(List<Task> tasks) {
    return tasks.stream().filter(t -> t.getTaskDefinitionKey() == null
        || !t.getTaskDefinitionKey().startsWith("supervise-")).findFirst()
        .orElse(tasks.isEmpty() ? null : tasks.get(0));
  }

  static <T> void chunks(List<T> all, Consumer<List<T>> each) {
    for (int from = 0; from < all.size(); from += CHUNK) {
      each.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
    }
  }
}
