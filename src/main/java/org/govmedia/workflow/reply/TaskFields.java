package org.govmedia.workflow.reply;

/** Reading form values: Camunda Forms submit radio values as strings ("true"/"false"). */
final class TaskFields {

  private TaskFields() {}

  /** A boolean from Boolean or "true"/"false"; {@code fallback} when absent. */
  static Boolean bool(Object value, String field, Boolean fallback) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      if (fallback == null) {
        throw InvalidMessageException.forClerk(field, label(field), "请选择");
      }
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value.toString().trim();
    if ("true".equalsIgnoreCase(text)) {
      return Boolean.TRUE;
    }
    if ("false".equalsIgnoreCase(text)) {
      return Boolean.FALSE;
    }
    throw InvalidMessageException.forClerk(field, label(field), "只能选“是”或“否”");
  }

  /** Trimmed text, or null when absent or blank. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
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
