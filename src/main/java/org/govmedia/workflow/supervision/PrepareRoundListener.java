package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.process.RefusedInput;
import org.govmedia.workflow.process.RuleSet;
import org.springframework.stereotype.Component;

/**
 * Start of inspection-round. Without {@code ruleSet} (the timer) the instance is the schedule's run
 * ({@code scheduledRun=true}: it starts the rounds due). With it (a supervisor, or the schedule's
 * run) it is a round: {@code ruleSet} one of the shipped rule sets, optionally {@code period}
 * (2025-10 or 2025-Q4) and {@code ownerUnit} (a round over one unit's accounts).
 */
@Component("prepareRoundListener")
public class PrepareRoundListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Object ruleSet = execution.getVariable(RULE_SET);
    boolean scheduled = ruleSet == null || ruleSet.toString().isBlank();
    execution.setVariable("scheduledRun", scheduled);
    if (scheduled) {
      return;
    }
    if (!RuleSet.known(ruleSet.toString())) {
      throw RefusedInput.forClerk(RULE_SET, "未知的规则集「" + ruleSet + "」");
    }
    SupervisionVariables.period(execution.getVariable(PERIOD), null, java.time.LocalDate.now());
    if (!execution.hasVariable(PERIOD)) {
      execution.setVariable(PERIOD, null);
    }
    if (!execution.hasVariable(OWNER_UNIT)) {
      execution.setVariable(OWNER_UNIT, null);
    }
  }
}
