package org.govmedia.workflow.publication;

import static org.govmedia.workflow.process.ProcessVariables.APPROVED;
import static org.govmedia.workflow.process.ProcessVariables.COMMENT;
import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;
import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What each task of a content item takes (the table {@link ReviewTaskGuard} holds the engine to): a
 * review level (会商 and 分管领导 included) takes {@code approved} and {@code comment}, 初审/复审/终审
 * also a corrected {@code title} or {@code body} (校对修改), 初审 also {@code secrecyChecked}
 * (保密审查), 终审 also {@code acknowledgeHits}; 更正致歉 takes only its {@code correctionNotice}; the
 * draft takes the item's content (the consulted unit included). And the Chinese names of the
 * item's variables, for refusals.
 */
final class ReviewTaskFields {

  static final String ACKNOWLEDGE_HITS = "acknowledgeHits";

  private static final Set<String> DECISION = Set.of(APPROVED, COMMENT);
  private static final Set<String> CORRECTABLE = Set.of(APPROVED, COMMENT, TITLE, BODY);

  /** What each task of the item takes, in its completion. */
  static final Map<String, Set<String>> COMPLETION = Map.of(
      "draft", Set.of(TITLE, BODY, CATEGORY, ACCOUNT_IDS, SOURCE, CONSULTED_UNIT),
      "first-review", Set.of(APPROVED, COMMENT, TITLE, BODY, SECRECY_CHECKED),
      "second-review", CORRECTABLE,
      "consult-unit", DECISION,
      "final-review", Set.of(APPROVED, COMMENT, TITLE, BODY, ACKNOWLEDGE_HITS),
      "leader-in-charge-approval", DECISION,
      "leader-approval", DECISION,
      "post-publication-check", DECISION,
      "correction-notice", Set.of(CORRECTION_NOTICE));

  /** What each task of the item takes as task variables outside its completion: no text of the item. */
  static final Map<String, Set<String>> TASK_VARIABLES = Map.of(
      "draft", COMPLETION.get("draft"),
      "first-review", Set.of(APPROVED, COMMENT, SECRECY_CHECKED),
      "second-review", DECISION,
      "consult-unit", DECISION,
      "final-review", Set.of(APPROVED, COMMENT, ACKNOWLEDGE_HITS),
      "leader-in-charge-approval", DECISION,
      "leader-approval", DECISION,
      "post-publication-check", DECISION,
      "correction-notice", Set.of(CORRECTION_NOTICE));

  /** The levels at which a reviewer may correct the title or body (校对修改). */
  private static final Set<String> CORRECTING = Set.of("first-review", "second-review", "final-review");

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry(TITLE, "标题"), Map.entry(BODY, "正文"), Map.entry(CATEGORY, "内容类别"),
      Map.entry(ACCOUNT_IDS, "发布账号"), Map.entry(SOURCE, "转载来源"), Map.entry(RULE_SET, "规则集"),
      Map.entry(APPROVED, "审核结论"), Map.entry(COMMENT, "审核意见"), Map.entry(ACKNOWLEDGE_HITS, "确认筛查命中"),
      Map.entry(SCREENING_HITS, "筛查命中"), Map.entry(REVIEW_COMMENTS, "历次审核意见"),
      Map.entry(ROUND, "发布轮次"), Map.entry(PASSED, "审核通过"), Map.entry(SECRECY_CHECKED, "保密审查"),
      Map.entry(CONSULTED_UNIT, "会商单位"), Map.entry(CORRECTION_NOTICE, "更正致歉说明"),
      Map.entry(REVIEW_DUE, "审核时限"), Map.entry(REVIEW_PRIORITY, "审核优先级"));

  /** A refusal: the first variable the task does not take, and why, in Chinese. */
  record Refusal(String field, String message) {}

  private ReviewTaskFields() {}

  /** The Chinese name of a variable, with the variable: 内容类别 contentCategory. */
  static String label(String name) {
    String label = LABELS.get(name);
    return label == null ? "「" + name + "」" : label + " " + name;
  }

  /**
   * The refusal of the first of {@code names} that task {@code taskKey} does not take by
   * {@code allowed} ({@link #COMPLETION} or {@link #TASK_VARIABLES}); null when it takes them all or
   * is no task of the table. {@code act} is the Chinese verb (提交, 设置).
   */
  static Refusal refusal(String taskKey, Collection<String> names, Map<String, Set<String>> allowed, String act) {
    Set<String> takes = allowed.get(taskKey);
    if (takes == null) {
      return null;
    }
    Set<String> refused = new LinkedHashSet<>(names);
    refused.removeAll(takes);
    if (refused.isEmpty()) {
      return null;
    }
    String name = refused.iterator().next();
    String level = new ReviewEntry(taskKey, "", null, null, 0, null, null).levelName(false);
    String why = switch (name) {
      case CATEGORY, ACCOUNT_IDS, SOURCE, RULE_SET, CONSULTED_UNIT -> "只能在撰稿环节修改";
      case TITLE, BODY -> "draft".equals(taskKey) ? "不可修改"
          : !CORRECTING.contains(taskKey)
              ? "在本环节不可修改（校对修改只在初审、复审、终审）" : "只能随审核结论一并提交（校对修改）";
      default -> "不是本环节可以" + act + "的内容";
    };
    return new Refusal(name, level + "：" + label(name) + " " + why);
  }
}
