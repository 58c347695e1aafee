package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * 自动检查 The automated checks of the account (update frequency, originals, the national single
 * veto, unfiled, a third-party operator without a valid confidentiality agreement): taken from the round's set-wise checks when the round made them, else made now; either way
 * over every day of the supervision's {@code period} (up to yesterday while it is not over).
 * Sets {@code automatedFindings} (text), {@code automatedFindingsJson}, {@code automatedProblem}.
 */
@Component("automatedChecksDelegate")
public class AutomatedChecksDelegate implements JavaDelegate {

  private final SupervisionRecords records;
  private final SupervisionChecks checks;
  private final WorkingCalendar calendar;

  public AutomatedChecksDelegate(SupervisionRecords records, SupervisionChecks checks,
      WorkingCalendar calendar) {
    this.records = records;
    this.checks = checks;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = id(execution.getVariable(SUPERVISION_ID));
    var row = records.supervision(id).orElseThrow();
    String text;
    String json;
    boolean problem;
    if (row.checkedOn() != null) {
      text = row.automatedFindings();
      json = row.automatedFindingsJson();
      problem = Boolean.TRUE.equals(row.automatedProblem());
    } else {
      SupervisionChecks.Result result = checks.check(new SupervisionChecks.Subject(row.accountId(),
          (String) execution.getVariable(RULE_SET), (String) execution.getVariable("accountClass"),
          Boolean.TRUE.equals(execution.getVariable(UNFILED))), (String) execution.getVariable(PERIOD),
          calendar.today());
      text = result.text();
      json = checks.toJson(result);
      problem = result.problem();
      records.checked(id, result, json);
    }
    execution.setVariable(AUTOMATED_FINDINGS, SupervisionRecords.clip(text));
    execution.setVariable(AUTOMATED_FINDINGS_JSON, SupervisionRecords.clip(json));
    execution.setVariable(AUTOMATED_PROBLEM, problem);
  }
}
