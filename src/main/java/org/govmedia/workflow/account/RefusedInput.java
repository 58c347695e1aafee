package org.govmedia.workflow.account;

import org.camunda.bpm.engine.BadUserRequestException;
import org.govmedia.workflow.web.BadRequestException;

/** Turns a refusal of the register's checks into the engine's "Invalid <field>: ..." (400 on /engine-rest). */
public final class RefusedInput {

  private RefusedInput() {}

  public static BadUserRequestException of(BadRequestException e) {
    return new BadUserRequestException("Invalid " + e.getField() + ": " + e.getMessage());
  }

  public static BadUserRequestException of(String field, String message) {
    return new BadUserRequestException("Invalid " + field + ": " + message);
  }

  /**
   * A yes/no of a task form: a Boolean, or the "true"/"false" a form-js radio sends; anything else
   * (nothing chosen included) is refused naming the field.
   */
  public static boolean bool(Object value, String field, String message) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw of(field, message);
  }
}
