package org.govmedia.workflow.process;

import org.camunda.bpm.engine.impl.context.Context;

/** Who acts in the engine now: the authenticated user, or "system" (a timer, an application start). */
public final class Actor {

  public static final String SYSTEM = "system";

  private Actor() {}

  public static String current() {
    var commandContext = Context.getCommandContext();
    String user = commandContext == null ? null : commandContext.getAuthenticatedUserId();
    return user == null ? SYSTEM : user;
  }
}
