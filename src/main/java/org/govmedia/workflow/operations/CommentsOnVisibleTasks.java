package org.govmedia.workflow.operations;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.stereotype.Component;

/**
 * A user writes a comment only on a task (or process instance) it may see: the engine's
 * {@code AddCommentCmd} checks no authorization, so anybody who knows a task id could write into
 * that task's history through {@code POST /engine-rest/task/{id}/comment/create}. On behalf of an
 * authenticated user (authorization checks on), the task must be a running task the user's task
 * query finds, or, for a comment on an instance, a running instance the user's query finds;
 * otherwise an {@link AuthorizationException} (403), and no comment is written. The text is held
 * to {@value #MAX_COMMENT_LENGTH} characters without control characters. The application's own
 * code (no authenticated user, or checks off) is not affected.
 */
@Component
public class CommentsOnVisibleTasks extends AbstractProcessEnginePlugin {

  /** The longest comment taken (the history keeps the full text; the list shows its start). */
  static final int MAX_COMMENT_LENGTH = 4000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new Check());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  static final class Check extends CommandInterceptor {

    private static final Field TASK_ID = field("taskId");
    private static final Field PROCESS_INSTANCE_ID = field("processInstanceId");
    private static final Field MESSAGE = field("message");

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof AddCommentCmd comment) {
        check(comment);
      }
      return next.execute(command);
    }

    private static void check(AddCommentCmd comment) {
      CommandContext context = Context.getCommandContext();
      if (context == null || !context.isAuthorizationCheckEnabled()
          || context.getAuthenticatedUserId() == null) {
        return;
      }
      try {
        InputRules.check("message", (String) MESSAGE.get(comment), MAX_COMMENT_LENGTH);
      } catch (BadRequestException e) {
        throw new BadUserRequestException("Invalid " + e.getField() + ": " + e.getMessage());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      String taskId = read(TASK_ID, comment);
      String instanceId = read(PROCESS_INSTANCE_ID, comment);
      var engine = context.getProcessEngineConfiguration();
      boolean visible;
      if (taskId != null) {
        visible = engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
      } else {
        visible = instanceId != null && engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(instanceId).count() > 0;
      }
      if (!visible) {
        throw new AuthorizationException("无权评论：该任务或流程对您不可见 (" + context.getAuthenticatedUserId()
            + " may comment only on a running task or process instance it may see)");
      }
    }

    private static String read(Field field, AddCommentCmd comment) {
      try {
        return (String) field.get(comment);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    private static Field field(String name) {
      try {
        Field field = AddCommentCmd.class.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException("AddCommentCmd has no field " + name, e);
      }
    }
  }
}
