package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A citizen message that cannot start {@code message-reply}: a missing or malformed field, an unknown
 * platform, or a message id that was taken in already. The message names the field, so the intake
 * controller and {@code /engine-rest} both answer 400 naming it; the start is rolled back.
 */
public class InvalidMessageException extends BadUserRequestException {

  private final String field;

  public InvalidMessageException(String field, String message) {
    super("field '" + field + "': " + message);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
