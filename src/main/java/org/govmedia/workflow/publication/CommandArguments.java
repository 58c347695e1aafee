package org.govmedia.workflow.publication;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * The arguments of the engine's commands that {@link ReviewTaskGuard} checks: the commands keep
 * them in protected fields, read here by reflection.
 */
final class CommandArguments {

  private CommandArguments() {}

  static String entityId(Command<?> command) {
    return command instanceof AbstractPatchVariablesCmd ? field(command, "entityId")
        : readField(command, AbstractVariableCmd.class, "entityId");
  }

  static Collection<String> names(Command<?> command) {
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

  /** A field of one of the engine's commands (they keep their arguments in protected fields). */
  static <V> V field(Object command, String name) {
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
  static <V> V readField(Object command, Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return (V) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + name + " of " + command.getClass().getName(), e);
    }
  }
}
