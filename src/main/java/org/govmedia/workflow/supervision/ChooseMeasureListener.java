package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.process.Actor;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * {@code choose-measure} (the escalation-step answered DISCRETION, e.g. yakeshi art. 20): on create
 * the rule set's measures of {@code supervision-measures} are offered ({@code measureOptionsText});
 * on complete the chosen {@code measure} must be one of them and {@code measureReason} is required.
 * The measure becomes the {@code escalationAction} the process carries out; who chose it is kept
 * in {@code measureChosenBy}.
 */
@Component("chooseMeasureListener")
public class ChooseMeasureListener implements TaskListener {

  public static final String DECISION = "supervision-measures";

  private final ProcessEngine engine;

  public ChooseMeasureListener(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, String> measures = measures(task.getVariable(RULE_SET));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.removeVariable(MEASURE);
      task.removeVariable(MEASURE_REASON);
      task.setVariable(MEASURE_OPTIONS_TEXT, String.join("、", measures.values()));
      return;
    }
    Object chosen = task.getVariable(MEASURE);
    String measure = chosen == null ? "" : chosen.toString().strip();
    if (!measures.containsKey(measure)) {
      throw RefusedInput.of(MEASURE, "请从本规则集的处置措施中选择：" + String.join("、", measures.values()));
    }
    Object reason = task.getVariable(MEASURE_REASON);
    String text = reason == null ? "" : reason.toString().strip();
    if (text.isEmpty()) {
      throw RefusedInput.of(MEASURE_REASON, "请填写选择该处置措施的理由");
    }
    task.setVariable(MEASURE, measure);
    task.setVariable(MEASURE_REASON, text);
    task.setVariable(MEASURE_CHOSEN_BY, Actor.current());
    task.setVariable(ESCALATION_ACTION, measure);
  }

  /** The rule set's measures, code to Chinese name, in the table's order. */
  Map<String, String> measures(Object ruleSet) {
    DmnDecisionResult result = AsApplication.run(engine, () -> engine.getDecisionService()
        .evaluateDecisionByKey(DECISION)
        .variables(Variables.createVariables().putValue(RULE_SET, ruleSet)).evaluate());
    Map<String, String> measures = new LinkedHashMap<>();
    result.forEach(row -> measures.put((String) row.get("measure"), (String) row.get("measureLabel")));
    return measures;
  }
}
