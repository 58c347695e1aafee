package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.identity.AsApplication;
import org.springframework.stereotype.Component;

/**
 * 报送期限 The row of report-deadline.dmn for a rule set (henan 6(2), 7(3)), as the quarterly
 * report's pages show it: evaluated once per rule set and deployed version of the decision, and
 * kept until the decision is deployed again. A page read is not a decision taken: evaluating on
 * every GET wrote a decision instance to the history each time. The processes still evaluate it in
 * their business rule task, with its history.
 */
@Component
class ReportDeadlineRows {

  static final String DECISION = "report-deadline";

  private record Rows(String definitionId, Map<String, Map<String, Object>> byRuleSet) {}

  private final ProcessEngine engine;
  private final AtomicReference<Rows> rows = new AtomicReference<>(new Rows("", Map.of()));

  ReportDeadlineRows(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The row's outputs (e.g. deadlineDay) for the rule set, from the latest deployed version. */
  Map<String, Object> row(String ruleSet) {
    return AsApplication.run(engine, () -> {
      DecisionDefinition latest = engine.getRepositoryService().createDecisionDefinitionQuery()
          .decisionDefinitionKey(DECISION).latestVersion().singleResult();
      Rows current = rows.updateAndGet(r -> r.definitionId().equals(latest.getId()) ? r
          : new Rows(latest.getId(), new ConcurrentHashMap<>()));
      return current.byRuleSet().computeIfAbsent(ruleSet == null ? "" : ruleSet,
          key -> evaluate(latest.getId(), ruleSet));
    });
  }

  private Map<String, Object> evaluate(String definitionId, String ruleSet) {
    Map<String, Object> row = new HashMap<>(engine.getDecisionService()
        .evaluateDecisionTableById(definitionId)
        .variables(Variables.createVariables().putValue(RULE_SET, ruleSet)).evaluate()
        .getSingleResult().getEntryMap());
    return Collections.unmodifiableMap(row);
  }
}
