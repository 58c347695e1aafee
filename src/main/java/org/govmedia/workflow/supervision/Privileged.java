package org.govmedia.workflow.supervision;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.govmedia.workflow.identity.AsApplication;

/**
 * Runs an engine call as the application (like FilingStarter): a supervisor completing
 * {@code inspect} may not evaluate decisions or message the round in the engine's authorizations;
 * what the process does on its behalf is the application's doing.
 */
final class Privileged {

  private Privileged() {}

  static <T> T run(ProcessEngine engine, Supplier<T> action) {
    return AsApplication.run(engine, action);
  }
}
