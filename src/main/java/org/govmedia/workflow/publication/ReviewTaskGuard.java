package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a signer sees is what goes out: the engine itself (so it holds over /engine-rest, Tasklist's
 * own REST and the Java API alike) refuses, before a command does anything, what a person may not
 * do to a content item:
 * <ul>
 *   <li>a variable a task does not take: a review level (会商 and 分管领导 included) takes
 *   {@code approved} and {@code comment}, 初审/复审/终审 also a corrected {@code title} or {@code body}
 *   (校对修改), 初审 also {@code secrecyChecked} (保密审查), 终审 also {@code acknowledgeHits}; 更正致歉
 *   takes only its {@code correctionNotice}; the draft takes the item's content (the consulted unit
 *   included); set on the task or sent with its completion alike;</li>
 *   <li>any variable of an item set on its process instance or executions (the task forms are the
 *   only way in);</li>
 *   <li>delegation of a task of the item, and a BPMN error or escalation thrown from one;</li>
 *   <li>a claim or assignment of a review level by its author or by who signed another level (四眼,
 *   baicheng art. 7): the task stays free.</li>
 * </ul>
 * Each refusal is a {@link BadUserRequestException} with a Chinese message naming the field (400
 * on REST), logged as one WARN line. Administrators (an operator's repair in Cockpit) and the
 * application itself (no user logged in) are not limited, except that no one delegates.
 * A completion's title and body as they were before it are kept for {@link SignReviewListener},
 * which records a correction.
 */
@Component
public class ReviewTaskGuard extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewTaskGuard.class);

  public static final String ACKNOWLEDGE_HITS = "acknowledgeHits";

  /** The levels a person signs: four eyes hold at claim and assignment. */
  static final Set<String> SIGNATURE_LEVELS = Set.of("first-review", "second-review", "consult-unit",
      "final-review", "leader-in-charge-approval", "leader-approval");

  private static final Set<String> DECISION = Set.of(APPROVED, COMMENT);
  private static final Set<String> CORRECTABLE = Set.of(APPROVED, COMMENT, TITLE, BODY);

  /** What each task of the item takes, in its completion. */
  static final Map<String, Set<String>> COMPLETION = Map.of(
      "draft", Set.of(TITLE, BODY, CATEGORY, ACCOUNT_IDS, SOURCE, CONSULTED_UNIT),
      "first-review", Set.of(APPROVED, COMMENT, TITLE, BODY, SECRECY_CHECKED),
      "second-review", CORRECTABLE,
      "consult-unit", DECISION,
      "final-review", Set.of(APPROVED, COMMENT, TITLE, BODY, ACKNOWLEDGE_HITS),
      "leader-in-charge-approval", DECISION,
      "leader-approval", DECISION,
      "post-publication-check", DECISION,
      "correction-notice", Set.of(CORRECTION_NOTICE));

  /** What each task of the item takes as task variables outside its completion: no text of the item. */
  private static final Map<String, Set<String>> TASK_VARIABLES = Map.of(
      "draft", COMPLETION.get("draft"),
      "first-review", Set.of(APPROVED, COMMENT, SECRECY_CHECKED),
      "second-review", DECISION,
      "consult-unit", DECISION,
      "final-review", Set.of(APPROVED, COMMENT, ACKNOWLEDGE_HITS),
      "leader-in-charge-approval", DECISION,
      "leader-approval", DECISION,
      "post-publication-check", DECISION,
      "correction-notice", Set.of(CORRECTION_NOTICE));

  /** The levels at which a reviewer may correct the title or body (校对修改). */
  private static final Set<String> CORRECTING = Set.of("first-review", "second-review", "final-review");

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(TITLE, "标题"), Map.entry(BODY, "正文"), Map.entry(CATEGORY, "内容类别"),
      Map.entry(ACCOUNT_IDS, "发布账号"), Map.entry(SOURCE, "转载来源"), Map.entry(RULE_SET, "规则集"),
      Map.entry(APPROVED, "审核结论"), Map.entry(COMMENT, "审核意见"), Map.entry(ACKNOWLEDGE_HITS, "确认筛查命中"),
      Map.entry(SCREENING_HITS, "筛查命中"), Map.entry(REVIEW_COMMENTS, "历次审核意见"),
      Map.entry(ROUND, "发布轮次"), Map.entry(PASSED, "审核通过"), Map.entry(SECRECY_CHECKED, "保密审查"),
      Map.entry(CONSULTED_UNIT, "会商单位"), Map.entry(CORRECTION_NOTICE, "更正致歉说明"),
      Map.entry(REVIEW_DUE, "审核时限"), Map.entry(REVIEW_PRIORITY, "审核优先级"));

  private static final ThreadLocal<Map<String, Map<String, Object>>> BEFORE = new ThreadLocal<>();

  private final ReviewLog log;

  public ReviewTaskGuard(ReviewLog log) {
    this.log = log;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new Interceptor());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** The title and body of the task's item as they were before its completion, when known. */
  static Map<String, Object> textBefore(String taskId) {
    Map<String, Map<String, Object>> before = BEFORE.get();
    return before == null ? null : before.get(taskId);
  }

  /** The Chinese name of a variable, with the variable: 内容类别 contentCategory. */
  static String label(String name) {
    String label = LABELS.get(name);
    return label == null ? "「" + name + "」" : label + " " + name;
  }

  private final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      Map<String, Map<String, Object>> outer = BEFORE.get();
      boolean itemTask = false;
      try {
        if (context != null) {
          itemTask = check(command, context);
        }
        return next.execute(command);
      } catch (org.camunda.bpm.engine.ProcessEngineException e) {
        throw itemTask ? refusalIn(e) : e;
      } finally {
        if (outer == null) {
          BEFORE.remove();
        } else {
          BEFORE.set(outer);
        }
      }
    }
  }

  /** Refuses what the command may not do to an item; whether it completes one of the item's tasks. */
  private boolean check(Command<?> command, CommandContext context) {
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      String taskId = field(command, "taskId");
      Map<String, ?> variables = field(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
      TaskEntity task = itemTask(context, taskId);
      if (task == null) {
        return false;
      }
      keepTextBefore(task);
      if (limited(context)) {
        refuseOthers(task, variables == null ? Set.of() : variables.keySet(), COMPLETION, "提交");
      }
      return true;
    } else if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
        || command instanceof PatchTaskVariablesCmd) {
      TaskEntity task = itemTask(context, entityId(command));
      if (task != null && limited(context)) {
        refuseOthers(task, names(command), TASK_VARIABLES, "设置");
      }
    } else if (command instanceof SetExecutionVariablesCmd || command instanceof RemoveExecutionVariablesCmd
        || command instanceof PatchExecutionVariablesCmd) {
      if (limited(context) && isItem(context.getExecutionManager().findExecutionById(entityId(command)))) {
        Collection<String> names = names(command);
        String first = names.isEmpty() ? "" : names.iterator().next();
        throw refuse(first, label(first) + "：稿件的内容只能在撰稿环节通过任务表单修改，审核人只能提交审核结论和意见");
      }
    } else if (command.getClass().getSimpleName().startsWith("HandleTask")) {
      // A BPMN error or escalation thrown from a task (with variables): the item's model catches none.
      TaskEntity task = itemTask(context, field(command, "taskId"));
      if (task != null && limited(context)) {
        throw refuse("errorCode", "稿件的审核任务只能以审核结论办结，不能抛出错误或升级事件");
      }
    } else if (command instanceof DelegateTaskCmd) {
      TaskEntity task = itemTask(context, field(command, "taskId"));
      if (task != null && context.getAuthenticatedUserId() != null) {
        throw refuse("delegate", "委托：稿件的审核任务不可委托他人办理，请本人认领办理或退回");
      }
    } else if (command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd) {
      TaskEntity task = itemTask(context, field(command, "taskId"));
      String user = field(command, command instanceof ClaimTaskCmd ? "userId" : "value");
      if (task != null && user != null && SIGNATURE_LEVELS.contains(task.getTaskDefinitionKey())) {
        String refusal = SignReviewListener.fourEyes(log.read(task.getProcessInstanceId()),
            task.getTaskDefinitionKey(), user);
        if (refusal != null) {
          throw refuse("assignee", refusal);
        }
      }
    }
    return false;
  }

  /**
   * A refusal of the item's task listeners ({@link BadUserRequestException}) reaches here wrapped by the engine
   * (ENGINE-03051 ...): it is rethrown unwrapped, so the engine neither logs it as an error with its
   * stack trace nor answers it as one; the refusal is logged here, one WARN line. Anything else
   * passes unchanged.
   */
  private static RuntimeException refusalIn(org.camunda.bpm.engine.ProcessEngineException e) {
    if (e instanceof BadUserRequestException) {
      return e;
    }
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException refused) {
        LOG.warn("Refused: {}", refused.getMessage());
        return refused;
      }
    }
    return e;
  }

  private static void refuseOthers(TaskEntity task, Collection<String> names, Map<String, Set<String>> allowed,
      String act) {
    Set<String> takes = allowed.get(task.getTaskDefinitionKey());
    if (takes == null) {
      return;
    }
    Set<String> refused = new LinkedHashSet<>(names);
    refused.removeAll(takes);
    if (refused.isEmpty()) {
      return;
    }
    String name = refused.iterator().next();
    String level = new ReviewEntry(task.getTaskDefinitionKey(), "", null, null, 0, null, null).levelName(false);
    String why = switch (name) {
      case CATEGORY, ACCOUNT_IDS, SOURCE, RULE_SET, CONSULTED_UNIT -> "只能在撰稿环节修改";
      case TITLE, BODY -> "draft".equals(task.getTaskDefinitionKey()) ? "不可修改"
          : !CORRECTING.contains(task.getTaskDefinitionKey())
              ? "在本环节不可修改（校对修改只在初审、复审、终审）" : "只能随审核结论一并提交（校对修改）";
      default -> "不是本环节可以" + act + "的内容";
    };
    throw refuse(name, level + "：" + label(name) + " " + why);
  }

  private static void keepTextBefore(TaskEntity task) {
    ExecutionEntity instance = task.getProcessInstance();
    if (instance == null) {
      return;
    }
    Map<String, Object> text = new HashMap<>();
    text.put(TITLE, instance.getVariable(TITLE));
    text.put(BODY, instance.getVariable(BODY));
    Map<String, Map<String, Object>> before = BEFORE.get();
    Map<String, Map<String, Object>> next = before == null ? new HashMap<>() : new HashMap<>(before);
    next.put(task.getId(), text);
    BEFORE.set(next);
  }

  /** A logged-in user who is not an administrator: the one the rules hold for. */
  private static boolean limited(CommandContext context) {
    Authentication authentication = context.getAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return false;
    }
    List<String> groups = authentication.getGroupIds();
    return groups == null || !groups.contains(Groups.CAMUNDA_ADMIN);
  }

  private static TaskEntity itemTask(CommandContext context, String taskId) {
    if (taskId == null) {
      return null;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessInstanceId() == null) {
      return null;
    }
    return isItem(task.getExecution()) ? task : null;
  }

  private static boolean isItem(ExecutionEntity execution) {
    return execution != null && execution.getProcessDefinition() != null
        && PROCESS_KEY.equals(execution.getProcessDefinition().getKey());
  }

  private static String entityId(Command<?> command) {
    return command instanceof AbstractPatchVariablesCmd ? field(command, "entityId")
        : readField(command, AbstractVariableCmd.class, "entityId");
  }

  private static Collection<String> names(Command<?> command) {
    Set<String> names = new LinkedHashSet<>();
    if (command instanceof AbstractSetVariableCmd) {
      Map<String, ?> variables = readField(command, AbstractSetVariableCmd.class, "variables");
      if (variables != null) {
        names.addAll(variables.keySet());
      }
    } else if (command instanceof AbstractRemoveVariableCmd) {
      Collection<String> removed = readField(command, AbstractRemoveVariableCmd.class, "variableNames");
      if (removed != null) {
        names.addAll(removed);
      }
    } else if (command instanceof AbstractPatchVariablesCmd) {
      Map<String, ?> variables = field(command, "variables");
      Collection<String> deletions = field(command, "deletions");
      if (variables != null) {
        names.addAll(variables.keySet());
      }
      if (deletions != null) {
        names.addAll(deletions);
      }
    }
    return names;
  }

  private static BadUserRequestException refuse(String field, String message) {
    LOG.warn("Refused ({}): {}", field, message);
    return new BadUserRequestException(message);
  }

  /** A field of one of the engine's commands (they keep their arguments in protected fields). */
  private static <V> V field(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        type.getDeclaredField(name);
        return readField(command, type, name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(command.getClass().getName() + " has no field " + name);
  }

  @SuppressWarnings("unchecked")
  private static <V> V readField(Object command, Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return (V) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
    }
  }
}
