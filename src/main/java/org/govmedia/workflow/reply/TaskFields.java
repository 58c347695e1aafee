package org.govmedia.workflow.reply;

import org.govmedia.workflow.process.FormValues;

/**
 * The message-reply forms' values ({@link FormValues}), refused as the hotline and sections read
 * it ({@link InvalidMessageException#forClerk}).
 */
final class TaskFields {

  private TaskFields() {}

  /** A boolean from Boolean or "true"/"false"; {@code fallback} when absent. */
  static Boolean bool(Object value, String field, Boolean fallback) {
    if (FormValues.blank(value)) {
      if (fallback == null) {
        throw InvalidMessageException.forClerk(field, label(field), "请选择");
      }
      return fallback;
    }
    Boolean yes = FormValues.bool(value);
    if (yes == null) {
      throw InvalidMessageException.forClerk(field, label(field), "只能选“是”或“否”");
    }
    return yes;
  }

  /** Stripped text, or null when absent or blank. */
  static String text(Object value) {
    return FormValues.text(value);
  }

  /** The label of a task form's field, as the message-reply forms show it. */
  static String label(String field) {
    return switch (field) {
      case "approved" -> "审批结果";
      case "majorOpinion" -> "重大舆情";
      default -> field;
    };
  }
}
