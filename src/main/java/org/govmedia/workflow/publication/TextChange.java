package org.govmedia.workflow.publication;

/**
 * What a correction changed, as a clerk reads it: the span between the unchanged beginning and the
 * unchanged end of the text, before and after, with its position (正文第12字起「国务院总书记」改为
 * 「国务院总理」). Each side is cut at {@link #SHOWN} characters; the record keeps one line per correction.
 */
final class TextChange {

  static final int SHOWN = 1500;

  private TextChange() {}

  static String describe(String field, String before, String after) {
    return describe(field, before, after, java.util.List.of());
  }

  /**
   * As {@link #describe(String, String, String)}, the span widened to every screening hit of the text
   * before (start and end positions in it) that it touches, so a corrected word shows whole.
   */
  static String describe(String field, String before, String after, java.util.List<int[]> hits) {
    int prefix = 0;
    int max = Math.min(before.length(), after.length());
    while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    for (int[] hit : hits) {
      int end = before.length() - suffix;
      if (hit[0] <= end && hit[1] >= prefix && hit[1] <= before.length()) {
        int widenStart = Math.max(0, prefix - hit[0]);
        int widenEnd = Math.max(0, hit[1] - end);
        prefix -= Math.min(widenStart, prefix);
        suffix -= Math.min(widenEnd, suffix);
      }
    }
    String removed = before.substring(prefix, before.length() - suffix);
    String added = after.substring(prefix, after.length() - suffix);
    String where = field + "第" + (prefix + 1) + "字起";
    if (removed.isEmpty()) {
      return where + "增加「" + cut(added) + "」";
    }
    if (added.isEmpty()) {
      return where + "删去「" + cut(removed) + "」";
    }
    return where + "「" + cut(removed) + "」改为「" + cut(added) + "」";
  }

  private static String cut(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "……（共" + text.length() + "字）";
  }
}
