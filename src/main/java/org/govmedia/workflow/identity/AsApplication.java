package org.govmedia.workflow.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the application rather than as the calling user, then gives the caller its
 * authentication back: for what a process or a service does on a user's behalf that the user's
 * own authorizations do not cover (starting a filing after a staff change, evaluating a decision
 * while a supervisor completes an inspection, reading every deadline for a feed it then filters).
 */
public final class AsApplication {

  private AsApplication() {}

  public static <T> T run(ProcessEngine engine, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return work.get();
    }
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
