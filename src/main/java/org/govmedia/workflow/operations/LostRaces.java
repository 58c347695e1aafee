package org.govmedia.workflow.operations;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Two people complete one task at the same moment (Tasklist, /engine-rest): one wins, and the
 * other must learn that it lost a race, not that it lacks a right or that the server failed. The
 * engine tells the loser in three ways, depending on when its transaction reads: an optimistic
 * locking failure at the flush (409 already), no authorization (the winner's commit removed the
 * task's authorizations: 403), or no task (500 from Camunda's REST). Around a completion (and a
 * form submission) of a task this interceptor turns the last two into what they are: a task that
 * is gone before the call is {@link NotFoundException} (404), a task that went during the call is
 * an {@link OptimisticLockingException} (409). Neither is logged with a stack trace.
 */
@Component
public class LostRaces extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new Check());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static final class Check extends CommandInterceptor {

    private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class);
    private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class);

    @Override
    public <T> T execute(Command<T> command) {
      String taskId = taskId(command);
      if (taskId == null) {
        return next.execute(command);
      }
      if (!exists(taskId)) {
        throw new NotFoundException("任务 " + taskId + " 不存在或已被他人完成 (task " + taskId
            + " does not exist or was completed by someone else)");
      }
      try {
        return next.execute(command);
      } catch (AuthorizationException | NullValueException e) {
        if (!exists(taskId)) {
          throw new OptimisticLockingException("任务 " + taskId + " 已被他人同时完成 (task " + taskId
              + " was completed by someone else at the same moment)");
        }
        throw e;
      }
    }

    private boolean exists(String taskId) {
      return next.execute(context -> context.runWithoutAuthorization(
          () -> context.getTaskManager().findTaskById(taskId) != null));
    }

    private static String taskId(Command<?> command) {
      try {
        if (command instanceof CompleteTaskCmd) {
          return (String) COMPLETE_TASK_ID.get(command);
        }
        if (command instanceof SubmitTaskFormCmd) {
          return (String) SUBMIT_TASK_ID.get(command);
        }
        return null;
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    private static Field field(Class<?> type) {
      try {
        Field field = type.getDeclaredField("taskId");
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(type.getSimpleName() + " has no field taskId", e);
      }
    }
  }
}
