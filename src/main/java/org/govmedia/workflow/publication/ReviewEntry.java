package org.govmedia.workflow.publication;

import java.time.OffsetDateTime;

/**
 * One line of an item's registration and review record (登记审核表, baicheng annex 1): who acted at
 * which level, when, and with what decision and comment. {@code approved} is null for the
 * registration and a draft.
 */
public record ReviewEntry(String level, String user, Boolean approved, String comment, int round,
    OffsetDateTime at, String kind) {

  /** A reviewer's correction of the text (校对修改): the comment says what changed, before and after. */
  public static final String CORRECTION = "CORRECTION";
  /** 终审's acknowledgement of the screening hits it signs off with: the comment names them and the reason. */
  public static final String ACKNOWLEDGED_HITS = "ACKNOWLEDGED_HITS";

  /** 初审's confidentiality check before release (保密审查, baicheng art. 6), under the first reviewer. */
  public static final String SECRECY_CHECK = "SECRECY_CHECK";
  /** The public correction or apology of a withdrawn item (yanchi annex 2 art. 18(4)): the comment is its text. */
  public static final String CORRECTION_NOTICE = "CORRECTION_NOTICE";

  public ReviewEntry(String level, String user, Boolean approved, String comment, int round, OffsetDateTime at) {
    this(level, user, approved, comment, round, at, null);
  }

  public boolean correction() {
    return CORRECTION.equals(kind);
  }

  /** The level of the line written when the item is created (登记): its author. */
  public static final String REGISTERED = "registered";
  public static final String DRAFT = "draft";

  /** Whether this line makes its user an author of the item: who created it or wrote a draft. */
  public boolean authored() {
    return level.equals(REGISTERED) || level.equals(DRAFT);
  }

  public String levelName() {
    return levelName(true);
  }

  /** The level's name, in Chinese, with the English one when {@code english}. */
  public String levelName(boolean english) {
    String name = switch (level) {
      case REGISTERED -> "登记 Registered";
      case DRAFT -> "撰稿 Draft";
      case "first-review" -> "初审 First review";
      case "second-review" -> "复审 Second review";
      case "final-review" -> "终审 Final sign-off";
      case "consult-unit" -> "会商 Consultation";
      case "leader-in-charge-approval" -> "分管领导审核 Leader in charge";
      case "leader-approval" -> "主要领导审定 Main leader";
      case "correction-notice" -> "更正致歉 Correction notice";
      case "post-publication-check" -> "发布后审核 Post-publication check";
      default -> level;
    };
    return english || name.indexOf(' ') < 0 ? name : name.substring(0, name.indexOf(' '));
  }

  /** Comments and rejections are what the forms show of the record ({@code reviewComments}); the confidentiality check is not. */
  public boolean showsInComments() {
    if (SECRECY_CHECK.equals(kind)) {
      return false; // a statement of the first reviewer, in the record, not a comment to revise by
    }
    return comment != null && !comment.isBlank() || Boolean.FALSE.equals(approved);
  }

  /** 登记, 提交, 同意 or 退回 (with the English word when {@code english}). */
  public String decision(boolean english) {
    String decision = level.equals(REGISTERED) ? "登记 registered"
        : CORRECTION.equals(kind) ? "校对修改 corrected"
        : ACKNOWLEDGED_HITS.equals(kind) ? "确认筛查命中 hits acknowledged"
        : SECRECY_CHECK.equals(kind) ? "保密审查 confidentiality checked"
        : CORRECTION_NOTICE.equals(kind) ? "公开更正致歉 correction published"
        : approved == null ? "提交 submitted" : approved ? "同意 approved" : "退回 rejected";
    return english ? decision : decision.substring(0, decision.indexOf(' '));
  }

  /** One line of the comments the forms show, the signer by the name {@code names} gives. */
  public String describe(java.util.function.UnaryOperator<String> names) {
    String decision = decision(false);
    String text = "第" + round + "轮 " + levelName(false) + " · " + names.apply(user) + " · " + decision;
    return comment == null || comment.isBlank() ? text : text + "：" + comment;
  }
}
