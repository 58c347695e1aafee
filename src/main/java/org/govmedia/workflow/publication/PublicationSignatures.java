package org.govmedia.workflow.publication;

import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;
import static org.govmedia.workflow.publication.PublicationVariables.CATEGORY;
import static org.govmedia.workflow.publication.PublicationVariables.CONSULTED_UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.process.MissingPrecondition;
import org.springframework.stereotype.Component;

/**
 * The precondition of 发布 publish (先审后发, 三审三校, baicheng art. 7): the item's review journal
 * ({@link ReviewLog}, gm_review_entry) holds, since the item was last written (its registration or
 * latest draft submission), an approval at 初审 (with its confidentiality check, baicheng art. 6),
 * 复审 and 终审 by three different people none of whom wrote it, the consulted unit's agreement when
 * the item names one (baicheng art. 4), and the main leader's or the leader in charge's approval
 * by yet another person when the review-chain decision of the item required it (baicheng art. 7). Only the review tasks of the process write those lines: a variable sent at the
 * start ({@code approved=true}) or an instance started or moved to {@code publish} has none.
 */
@Component
public class PublicationSignatures {

  static final List<String> THREE_LEVELS = List.of("first-review", "second-review", "final-review");
  static final String LEADER_LEVEL = "leader-approval";
  static final String DECISION = "review-chain";
  static final String LEADER_OUTPUT = "leaderApproval";
  static final String LEADER_IN_CHARGE_LEVEL = "leader-in-charge-approval";
  static final String LEADER_IN_CHARGE_OUTPUT = "leaderInChargeApproval";
  static final String LEADER_IN_CHARGE_DECISION = "leader-in-charge";
  static final String CONSULT_LEVEL = "consult-unit";

  private final ReviewLog log;
  private final ProcessEngine engine;

  public PublicationSignatures(ReviewLog log, ProcessEngine engine) {
    this.log = log;
    this.engine = engine;
  }

  public void require(DelegateExecution item) {
    List<ReviewEntry> entries = log.read(item.getProcessInstanceId());
    int since = -1;
    Set<String> authors = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).authored()) {
        since = i;
        authors.add(entries.get(i).user());
      }
    }
    if (since < 0) {
      throw missing(item, "登记审核表中没有本稿件的登记或撰稿记录 the review journal holds no registration or draft of this item");
    }
    // The latest decision at each level since the item was last written.
    Map<String, ReviewEntry> latest = new HashMap<>();
    for (ReviewEntry entry : entries.subList(since + 1, entries.size())) {
      if (entry.approved() != null) {
        latest.put(entry.level(), entry);
      }
    }
    List<String> required = new ArrayList<>(THREE_LEVELS);
    Object unit = item.getVariable(CONSULTED_UNIT);
    if (unit instanceof String name && !name.isBlank()) {
      required.add(CONSULT_LEVEL); // baicheng art. 4
    }
    if (decided(item, DECISION, LEADER_OUTPUT)) {
      required.add(LEADER_LEVEL);
    } else if (decided(item, LEADER_IN_CHARGE_DECISION, LEADER_IN_CHARGE_OUTPUT)) {
      required.add(LEADER_IN_CHARGE_LEVEL); // the main leader's approval covers the leader in charge's
    }
    Set<String> signers = new HashSet<>();
    for (String level : required) {
      ReviewEntry signature = latest.get(level);
      if (signature == null || !signature.approved()) {
        throw missing(item, "缺少" + levelName(level) + "的同意签字 no approval at " + level
            + " since the item was last written");
      }
      if (authors.contains(signature.user()) || !signers.add(signature.user())) {
        throw missing(item, levelName(level) + "的签字人 " + signature.user()
            + " 已撰稿或在其他审核环节签字 wrote the item or signed another level (four eyes)");
      }
    }
    // 保密审查 (baicheng art. 6): the first reviewer who signed stated the confidentiality check.
    String firstReviewer = latest.get(THREE_LEVELS.get(0)).user();
    boolean secrecyChecked = entries.subList(since + 1, entries.size()).stream()
        .anyMatch(e -> ReviewEntry.SECRECY_CHECK.equals(e.kind()) && e.level().equals(THREE_LEVELS.get(0))
            && e.user().equals(firstReviewer));
    if (!secrecyChecked) {
      throw missing(item, "初审签字人 " + firstReviewer + " 未记录保密审查 no confidentiality check recorded at first-review");
    }
  }

  /**
   * Whether the decision ({@code review-chain}, {@code leader-in-charge}) the process took for the item
   * (its latest evaluation in the decision history) answered true for {@code output} (the main leader, the leader in charge); an
   * item without one is decided afresh on its rule set and category.
   */
  private boolean decided(DelegateExecution item, String decision, String output) {
    List<HistoricDecisionInstance> decisions = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(item.getProcessInstanceId()).decisionDefinitionKey(decision).includeOutputs()
        .orderByEvaluationTime().desc().list();
    if (!decisions.isEmpty()) {
      var newest = decisions.get(0).getEvaluationTime();
      // Evaluations at the same instant (an engine clock that stands still): the stricter answer.
      return decisions.stream().filter(d -> d.getEvaluationTime().equals(newest))
          .flatMap(d -> d.getOutputs().stream())
          .anyMatch(o -> output.equals(o.getVariableName()) && Boolean.TRUE.equals(o.getValue()));
    }
    Object answer = engine.getDecisionService().evaluateDecisionTableByKey(decision)
        .variables(Variables.createVariables().putValue(RULE_SET, item.getVariable(RULE_SET))
            .putValue(CATEGORY, item.getVariable(CATEGORY)))
        .evaluate().getSingleResult().getEntry(output);
    return Boolean.TRUE.equals(answer);
  }

  private static String levelName(String level) {
    return new ReviewEntry(level, "", null, null, 0, null).levelName().split(" ")[0];
  }

  private static MissingPrecondition missing(DelegateExecution item, String why) {
    return new MissingPrecondition("未经审核不得发布（先审后发）：" + why + "。Item "
        + item.getProcessBusinessKey() + " is not published.");
  }
}
