package org.govmedia.workflow.publication;

/** The word lists content is screened against; the file each ships in. */
public enum ScreeningKind {
  SENSITIVE("screening/sensitive.txt", "敏感词 Sensitive"),
  ERRONEOUS("screening/erroneous.txt", "错误表述 Erroneous expression"),
  ADVERTISING("screening/advertising.txt", "商业广告 Advertising"),
  EMOTIONAL_OPINION("screening/emotional-opinion.txt", "个人情绪观点 Emotional opinion");

  private final String resource;
  private final String label;

  ScreeningKind(String resource, String label) {
    this.resource = resource;
    this.label = label;
  }

  public String resource() {
    return resource;
  }

  public String label() {
    return label;
  }

  /** The list's name as clerks read it: 敏感词, 错误表述, 商业广告, 个人情绪观点. */
  public String chinese() {
    return label.substring(0, label.indexOf(' '));
  }
}
