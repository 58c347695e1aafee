package org.govmedia.workflow.screening;

/**
 * What a hit means for the item: an erroneous expression or a sensitive word holds up the final
 * sign-off until it is acknowledged; advertising and emotional opinions are shown to reviewers.
 * Each {@link ScreeningCategory} belongs to one kind.
 */
public enum ScreeningKind {
  SENSITIVE("敏感词 Sensitive"),
  ERRONEOUS("错误表述 Erroneous expression"),
  ADVERTISING("商业广告 Advertising"),
  EMOTIONAL_OPINION("个人情绪观点 Emotional opinion");

  private final String label;

  ScreeningKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind's name as clerks read it: 敏感词, 错误表述, 商业广告, 个人情绪观点. */
  public String chinese() {
    return label.substring(0, label.indexOf(' '));
  }
}
