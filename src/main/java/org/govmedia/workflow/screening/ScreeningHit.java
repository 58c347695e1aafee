package org.govmedia.workflow.screening;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One finding in an item: where (field and character offset, counted from 0), the word, its kind
 * and category, the correction (null where there is none) and the source of the entry. Screenings
 * recorded before categories existed read back with a null category and source.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScreeningHit(String field, String word, int start, int end, ScreeningKind kind,
    ScreeningCategory category, String correction, String source) {

  /** A hit of the kind alone (no category, no source), as recorded before the lists had categories. */
  public ScreeningHit(String field, String word, int start, int end, ScreeningKind kind, String correction) {
    this(field, word, start, end, kind, null, correction, null);
  }

  /**
   * One line for a clerk: 正文第2字起「国务院总书记」应为「国务院总理」（职务称谓与机构名称；依据：…）, or
   * 正文第17字起「限时抢购」：商业广告，删去商业广告内容（依据：…）.
   */
  public String describe() {
    String line = where() + "「" + word + "」";
    boolean replacement = correction != null && !correction.isBlank() && !instruction(correction);
    if (replacement) {
      line += "应为「" + correction + "」";
      return category == null ? line : line + "（" + categoryName() + "；依据：" + source + "）";
    }
    line += "：" + categoryName();
    if (correction != null && !correction.isBlank()) {
      line += "，" + correction;
    }
    return source == null || source.isBlank() ? line : line + "（依据：" + source + "）";
  }

  /** The category in Chinese (the kind's name for a hit recorded before categories). */
  @JsonProperty("categoryName")
  public String categoryName() {
    return category == null ? kind.chinese() : category.chinese();
  }

  /** Where the hit starts, counted in characters from 1: 标题第1字起, 正文第12字起. */
  public String where() {
    return ("title".equals(field) ? "标题" : "正文") + "第" + (start + 1) + "字起";
  }

  /** Whether the hit holds up the final sign-off: an erroneous expression or a sensitive word. */
  public boolean blocking() {
    return kind == ScreeningKind.ERRONEOUS || kind == ScreeningKind.SENSITIVE;
  }

  /** A correction that says what to do (删去…) rather than what to write. */
  private static boolean instruction(String correction) {
    return correction.startsWith("删");
  }
}
