package org.govmedia.workflow.publication;

import java.time.OffsetDateTime;

/**
 * One line of an item's registration and review record (登记审核表, baicheng annex 1): who acted at
 * which level, when, and with what decision and comment. {@code approved} is null for the
 * registration and a draft.
 */
public record ReviewEntry(String level, String user, Boolean approved, String comment, int round,
    OffsetDateTime at) {

  /** The level of the line written when the item is created (登记): its author. */
  public static final String REGISTERED = "registered";
  public static final String DRAFT = "draft";

  /** Whether this line makes its user an author of the item: who created it or wrote a draft. */
  public boolean authored() {
    return level.equals(REGISTERED) || level.equals(DRAFT);
  }

  public String levelName() {
    return switch (level) {
      case REGISTERED -> "登记 Registered";
      case DRAFT -> "撰稿 Draft";
      case "first-review" -> "初审 First review";
      case "second-review" -> "复审 Second review";
      case "final-review" -> "终审 Final sign-off";
      case "leader-approval" -> "主要领导审定 Main leader";
      case "post-publication-check" -> "发布后审核 Post-publication check";
      default -> level;
    };
  }

  /** Comments and rejections are what the forms show of the record ({@code reviewComments}). */
  public boolean showsInComments() {
    return comment != null && !comment.isBlank() || Boolean.FALSE.equals(approved);
  }

  /** 登记, 提交, 同意 or 退回 (with the English word when {@code english}). */
  public String decision(boolean english) {
    String decision = level.equals(REGISTERED) ? "登记 registered"
        : approved == null ? "提交 submitted" : approved ? "同意 approved" : "退回 rejected";
    return english ? decision : decision.substring(0, decision.indexOf(' '));
  }

  public String describe() {
    String decision = decision(true);
    String text = "[" + round + "] " + levelName() + " · " + user + " · " + decision;
    return comment == null || comment.isBlank() ? text : text + "：" + comment;
  }
}
