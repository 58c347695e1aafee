package org.govmedia.workflow.screening;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists content is screened against, each shipped as its own versioned file under
 * {@code screening/} (columns: category, wrong form, correction, source), and the kind of hit each
 * gives. {@link #PERSONAL_DATA} is found by pattern ({@link PersonalDataFinder}); its file gives
 * the patterns' corrections and sources.
 */
public enum ScreeningCategory {
  OBSOLETE_AGENCY("过时机构名称", ScreeningKind.ERRONEOUS, "obsolete-agency.tsv"),
  TITLES_ORGANS("职务称谓与机构名称", ScreeningKind.ERRONEOUS, "titles-organs.tsv"),
  TAIWAN_HK_MACAO("涉台港澳表述", ScreeningKind.ERRONEOUS, "taiwan-hk-macao.tsv"),
  XINHUA_2016("新华社禁用词和慎用词", ScreeningKind.ERRONEOUS, "xinhua-2016.tsv"),
  OFFICIAL_TYPO("重要提法错别字", ScreeningKind.ERRONEOUS, "official-typos.tsv"),
  RENAMED_TERM("已更名的疾病与术语", ScreeningKind.ERRONEOUS, "renamed-terms.tsv"),
  AD_SUPERLATIVE("广告绝对化用语", ScreeningKind.ADVERTISING, "ad-superlative.tsv"),
  COMMERCIAL_AD("商业广告", ScreeningKind.ADVERTISING, "commercial-ad.tsv"),
  EMOTIONAL_OPINION("个人情绪观点", ScreeningKind.EMOTIONAL_OPINION, "emotional-opinion.tsv"),
  SENSITIVE("敏感词", ScreeningKind.SENSITIVE, "sensitive.tsv"),
  PERSONAL_DATA("个人信息", ScreeningKind.SENSITIVE, "personal-data.tsv");

  /** The file of correct phrases that keep a shorter listed form from being flagged. */
  public static final String ALLOWED_RESOURCE = "screening/allowed.tsv";
  /** The category column of {@link #ALLOWED_RESOURCE}. */
  public static final String ALLOWED = "ALLOWED";

  private final String chinese;
  private final ScreeningKind kind;
  private final String file;

  ScreeningCategory(String chinese, ScreeningKind kind, String file) {
    this.chinese = chinese;
    this.kind = kind;
    this.file = file;
  }

  /** The category as clerks read it: 过时机构名称, 涉台港澳表述, ... */
  public String chinese() {
    return chinese;
  }

  public ScreeningKind kind() {
    return kind;
  }

  public String resource() {
    return "screening/" + file;
  }

  /** Whether an administrator may add entries to it (personal data is found by pattern only). */
  public boolean listed() {
    return this != PERSONAL_DATA;
  }

  public static Optional<ScreeningCategory> of(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }
}
