package org.govmedia.workflow.publication;

import java.time.OffsetDateTime;

/**
 * One line of an item's registration and review record (登记审核表, baicheng annex 1): who acted at
 * which level, when, and with what decision and comment. {@code approved} is null for a draft.
 */
public record ReviewEntry(String level, String user, Boolean approved, String comment, int round,
    OffsetDateTime at) {

  public String levelName() {
    return switch (level) {
      case "draft" -> "撰稿 Draft";
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

  public String describe() {
    String decision = approved == null ? "提交 submitted" : approved ? "同意 approved" : "退回 rejected";
    String text = "[" + round + "] " + levelName() + " · " + user + " · " + decision;
    return comment == null || comment.isBlank() ? text : text + "：" + comment;
  }
}
