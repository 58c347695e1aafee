package org.govmedia.workflow.process;

import java.util.Arrays;

/**
 * Reading what a task form or a start form sends: Camunda Forms send text as strings, radio values
 * as strings ("true"/"false"), and a REST client may send a Boolean. The one copy of these readings.
 */
public final class FormValues {

  private FormValues() {}

  /** Stripped text, or null when absent or blank. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** Stripped text, or "" when absent. */
  public static String textOrEmpty(Object value) {
    String text = text(value);
    return text == null ? "" : text;
  }

  /** Whether nothing was given (absent or blank). */
  public static boolean blank(Object value) {
    return text(value) == null;
  }

  /**
   * A yes/no: a Boolean, or the text "true"/"false" (any case) a form-js radio sends; null for
   * anything else, nothing chosen included.
   */
  public static Boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = text(value);
    if ("true".equalsIgnoreCase(text)) {
      return Boolean.TRUE;
    }
    if ("false".equalsIgnoreCase(text)) {
      return Boolean.FALSE;
    }
    return null;
  }

  /** The text if it is one of the allowed values; refused naming the field otherwise. */
  public static String oneOf(Object value, String field, String... allowed) {
    String text = text(value);
    for (String candidate : allowed) {
      if (candidate.equals(text)) {
        return text;
      }
    }
    throw RefusedInput.forClerk(field, field + (text == null ? " is required" : " '" + text + "' is not")
        + " one of " + Arrays.toString(allowed));
  }
}
