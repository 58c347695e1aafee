package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.CommandArguments.entityId;
import static org.govmedia.workflow.publication.CommandArguments.field;
import static org.govmedia.workflow.publication.CommandArguments.names;
import static org.govmedia.workflow.publication.PublicationVariables.BODY;
import static org.govmedia.workflow.publication.PublicationVariables.PROCESS_KEY;
import static org.govmedia.workflow.publication.PublicationVariables.TITLE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 *   <li>a variable a task does not take ({@link ReviewTaskFields}), set on the task or sent with its
 *   completion alike;</li>
 *   <li>any variable of an item set on its process instance or executions (the task forms are the
 *   only way in);</li>
 *   <li>delegation of a task of the item, and a BPMN error or escalation thrown from one;</li>
 *   <li>a claim or assignment of a review level by its author or by who signed another level
 *   ({@link FourEyes}, baicheng art. 7): the task stays free.</li>
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
        refuseOthers(task, variables == null ? Set.of() : variables.keySet(), ReviewTaskFields.COMPLETION, "提交");
      }
      return true;
    } else if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
        || command instanceof PatchTaskVariablesCmd) {
      TaskEntity task = itemTask(context, entityId(command));
      if (task != null && limited(context)) {
        refuseOthers(task, names(command), ReviewTaskFields.TASK_VARIABLES, "设置");
      }
    } else if (command instanceof SetExecutionVariablesCmd || command instanceof RemoveExecutionVariablesCmd
        || command instanceof PatchExecutionVariablesCmd) {
      if (limited(context) && isItem(context.getExecutionManager().findExecutionById(entityId(command)))) {
        Collection<String> names = names(command);
        String first = names.isEmpty() ? "" : names.iterator().next();
        throw refuse(first, ReviewTaskFields.label(first) + "：稿件的内容只能在撰稿环节通过任务表单修改，审核人只能提交审核结论和意见");
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
      if (task != null && user != null && FourEyes.SIGNATURE_LEVELS.contains(task.getTaskDefinitionKey())) {
        String refusal = FourEyes.refusal(log.read(task.getProcessInstanceId()),
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
    ReviewTaskFields.Refusal refusal = ReviewTaskFields.refusal(task.getTaskDefinitionKey(), names, allowed, act);
    if (refusal != null) {
      throw refuse(refusal.field(), refusal.message());
    }
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

  private static BadUserRequestException refuse(String field, String message) {
    LOG.warn("Refused ({}): {}", field, message);
    return new BadUserRequestException(message);
  }
}
