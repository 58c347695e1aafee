package org.govmedia.workflow.account;

import org.camunda.bpm.engine.BadUserRequestException;
import org.govmedia.workflow.web.BadRequestException;

/**
 * Moved to {@link org.govmedia.workflow.process.RefusedInput}. Kept only until publication/ imports
 * the new place (its owner changes it); delete it then.
 */
@Deprecated(forRemoval = true)
public final class RefusedInput {

  private RefusedInput() {}

  public static BadUserRequestException of(BadRequestException e) {
    return org.govmedia.workflow.process.RefusedInput.of(e);
  }

  public static BadUserRequestException of(String field, String message) {
    return org.govmedia.workflow.process.RefusedInput.of(field, message);
  }

  public static BadUserRequestException forClerk(String field, String message) {
    return org.govmedia.workflow.process.RefusedInput.forClerk(field, message);
  }
}
