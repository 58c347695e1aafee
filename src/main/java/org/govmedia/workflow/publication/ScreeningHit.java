package org.govmedia.workflow.publication;

/**
 * One word found in an item: where (field and character position), which list, and for an
 * erroneous expression the correct form.
 */
public record ScreeningHit(String field, String word, int start, int end, ScreeningKind kind,
    String correction) {

  /** One line for a reviewer: 正文 第12字 「村长」 错误表述 → 村民委员会主任 */
  public String describe() {
    String where = "title".equals(field) ? "标题 title" : "正文 body";
    String line = where + " @" + start + " 「" + word + "」 " + kind.label();
    return correction == null ? line : line + " → " + correction;
  }
}
