package org.govmedia.workflow.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * Which engine commands put an instance somewhere its model did not lead it, or pass by what its
 * model runs on the way: a start at an activity ({@code startInstructions},
 * {@code startBeforeActivity/startAfterActivity/startTransition}), a process-instance
 * modification (single or batch), a restart, a migration or a change of definition version, and
 * every command run with {@code skipCustomListeners} or {@code skipIoMappings} (starts, deletes,
 * modifications, cascading deletes of definitions and deployments). Answers what the command
 * does, in the words of the refusal, or nothing for an ordinary command.
 */
final class MidwayCommands {

  /** The boolean fields named so, on any command (found once per command class). */
  private static final ClassValue<List<Field>> SKIP_FLAGS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      List<Field> flags = new ArrayList<>();
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (field.getType() == boolean.class
              && (field.getName().equals("skipCustomListeners") || field.getName().equals("skipIoMappings"))) {
            field.setAccessible(true);
            flags.add(field);
          }
        }
      }
      return List.copyOf(flags);
    }
  };

  private MidwayCommands() {}

  static Optional<String> describe(Command<?> command) {
    if (command instanceof StartProcessInstanceAtActivitiesCmd) {
      return Optional.of("从中途环节启动流程 a start at an activity (startInstructions)");
    }
    if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstanceModificationBuilderImpl builder = instantiation(start);
      if (builder != null && !builder.getModificationOperations().isEmpty()) {
        return Optional.of("从中途环节启动流程 a start at an activity (startInstructions)");
      }
      if (builder != null && (builder.isSkipCustomListeners() || builder.isSkipIoMappings())) {
        return Optional.of("跳过监听器或输入输出映射 skipping listeners or input/output mappings");
      }
      return Optional.empty();
    }
    if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd
        || command instanceof AbstractModificationCmd) {
      return Optional.of("修改流程实例 a process-instance modification");
    }
    if (command instanceof AbstractRestartProcessInstanceCmd) {
      return Optional.of("重启流程实例 a restart of process instances");
    }
    if (command instanceof MigrateProcessInstanceCmd || command instanceof MigrateProcessInstanceBatchCmd
        || command instanceof SetProcessDefinitionVersionCmd) {
      return Optional.of("迁移流程实例 a migration of process instances");
    }
    for (Field flag : SKIP_FLAGS.get(command.getClass())) {
      try {
        if (flag.getBoolean(command)) {
          return Optional.of("跳过监听器或输入输出映射 skipping listeners or input/output mappings");
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return Optional.empty();
  }

  /** The instructions and flags of a start ({@link StartProcessInstanceCmd} keeps its builder to itself). */
  private static ProcessInstanceModificationBuilderImpl instantiation(StartProcessInstanceCmd start) {
    try {
      Field field = StartProcessInstanceCmd.class.getDeclaredField("instantiationBuilder");
      field.setAccessible(true);
      var builder = (org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl) field.get(start);
      return builder == null ? null : builder.getModificationBuilder();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda's StartProcessInstanceCmd changed: " + e, e);
    }
  }
}
