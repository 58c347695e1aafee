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

  private InvalidMessageException(String field, String label, String reason) {
    super(label + "：" + reason);
    this.field = field;
  }

  /**
   * A refusal a clerk reads in Tasklist (a task form of message-reply): the field by its label in
   * the form, the reason in Chinese, e.g. "承办科室：请选择承办科室（非本单位职责的留言除外）".
   */
  public static InvalidMessageException forClerk(String field, String label, String reason) {
    return new InvalidMessageException(field, label, reason);
  }

  public String getField() {
    return field;
  }
}
