package org.govmedia.workflow.process;

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
   * A refusal a clerk reads in Tasklist (a form of account opening or closing, filing, handover,
   * holiday duty, supervision, quarterly report): the field by its label in the form and the reason
   * in Chinese, e.g. "事项日期：日期格式应为 年-月-日，如 2026-12-04" ({@link ClerkWording}).
   */
  public static BadUserRequestException forClerk(String field, String message) {
    return new BadUserRequestException(ClerkWording.field(field) + "：" + ClerkWording.reason(field, message));
  }

  public static BadUserRequestException forClerk(BadRequestException e) {
    return forClerk(e.getField(), e.getMessage());
  }

  /** {@link #bool} for the clerk's forms: the refusal in Chinese. */
  public static boolean yesNo(Object value, String field, String message) {
    try {
      return bool(value, field, message);
    } catch (BadUserRequestException e) {
      throw forClerk(field, message);
    }
  }

  /**
   * A yes/no of a task form: a Boolean, or the "true"/"false" a form-js radio sends
   * ({@link FormValues#bool}); anything else (nothing chosen included) is refused naming the field.
   */
  public static boolean bool(Object value, String field, String message) {
    Boolean yes = FormValues.bool(value);
    if (yes == null) {
      throw of(field, message);
    }
    return yes;
  }
}
