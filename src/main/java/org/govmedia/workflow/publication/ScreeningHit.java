package org.govmedia.workflow.publication;

/**
 * One word found in an item: where (field and character position), which list, and for an
 * erroneous expression the correct form.
 */
public record ScreeningHit(String field, String word, int start, int end, ScreeningKind kind,
    String correction) {

  /** One line for a clerk: 正文第2字起「国务院总书记」应为「国务院总理」, or 正文第17字起「限时抢购」：商业广告. */
  public String describe() {
    String line = where() + "「" + word + "」";
    return correction == null || correction.isBlank() ? line + "：" + kind.chinese()
        : line + "应为「" + correction + "」";
  }

  /** Where the hit starts, counted in characters from 1: 标题第1字起, 正文第12字起. */
  public String where() {
    return ("title".equals(field) ? "标题" : "正文") + "第" + (start + 1) + "字起";
  }

  /** Whether the hit holds up the final sign-off: an erroneous expression or a sensitive word. */
  public boolean blocking() {
    return kind == ScreeningKind.ERRONEOUS || kind == ScreeningKind.SENSITIVE;
  }
}
