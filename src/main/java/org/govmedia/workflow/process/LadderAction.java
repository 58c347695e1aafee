package org.govmedia.workflow.process;

/**
 * 处置 The measures of the supervision ladder, as {@code escalation-step.dmn} answers them and
 * {@code supervision-measures.dmn} lists a rule set's own, each with the one Chinese name that forms,
 * pages, report files and the public page show for it ({@code models/VocabularyTest} checks the
 * forms' options against these names).
 */
public enum LadderAction {
  NONE("无需处置"),
  WARN("提醒"),
  REPORT("通报"),
  INTERVIEW("约谈"),
  SHUTDOWN("关停"),
  DELETE("责令删除"),
  /** The rule set leaves the measure to the supervising office (yakeshi art. 20). */
  DISCRETION("由主管单位酌定");

  /** Shown while no measure is decided. */
  public static final String PENDING_NAME = "待定";

  private final String chineseName;

  LadderAction(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The Chinese name of a stored code: 待定 for none, 其他措施 for a code this list lacks. */
  public static String nameOf(String code) {
    if (code == null || code.isBlank()) {
      return PENDING_NAME;
    }
    for (LadderAction action : values()) {
      if (action.name().equals(code)) {
        return action.chineseName;
      }
    }
    return "其他措施";
  }
}
