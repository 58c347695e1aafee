package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.reporting.ReportingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.calendar.Quarter;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.FormValues;
import org.govmedia.workflow.process.RefusedInput;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Start of quarterly-report. Without {@code ruleSet} and {@code quarter} (the timer) the instance is
 * the schedule's run ({@code scheduledRun=true}: it starts the reports of the quarter just ended).
 * Otherwise it is one report: {@code ruleSet} of the closed list (the deployment's default when
 * absent), {@code quarter} like 2025-Q4 (the quarter before today's when absent), optional
 * {@code ownerUnit}. Refused with "Invalid <field>: ..." and nothing started. Sets
 * {@code quarterFrom}, {@code quarterTo}, {@code overdue=false} and the business key
 * {@code ruleSet:quarter[:ownerUnit]}.
 */
@Component("prepareQuarterlyReportListener")
public class PrepareQuarterlyReportListener implements ExecutionListener {

  private final GovmediaProperties properties;
  private final WorkingCalendar calendar;

  public PrepareQuarterlyReportListener(GovmediaProperties properties, WorkingCalendar calendar) {
    this.properties = properties;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object ruleSetValue = execution.getVariable(RULE_SET);
    Object quarterValue = execution.getVariable(QUARTER);
    boolean scheduled = FormValues.blank(ruleSetValue) && FormValues.blank(quarterValue);
    execution.setVariable(SCHEDULED_RUN, scheduled);
    if (scheduled) {
      return;
    }
    String ruleSet;
    try {
      ruleSet = new AccountValidator().ruleSet(ruleSetValue, properties.defaultRuleSet());
    } catch (BadRequestException e) {
      throw RefusedInput.forClerk(e);
    }
    Quarter quarter;
    try {
      quarter = FormValues.blank(quarterValue) ? Quarter.before(calendar.today()) : Quarter.parse(quarterValue.toString());
    } catch (IllegalArgumentException e) {
      throw RefusedInput.forClerk(QUARTER, e.getMessage());
    }
    Object unitValue = execution.getVariable(OWNER_UNIT);
    String ownerUnit = FormValues.blank(unitValue) ? null : unitValue.toString().strip();
    if (ownerUnit != null && ownerUnit.length() > 200) {
      throw RefusedInput.forClerk(OWNER_UNIT, "ownerUnit is longer than 200 characters");
    }
    execution.setVariable(RULE_SET, ruleSet);
    execution.setVariable(QUARTER, quarter.toString());
    execution.setVariable(OWNER_UNIT, ownerUnit);
    execution.setVariable("quarterFrom", quarter.firstDay().toString());
    execution.setVariable("quarterTo", quarter.lastDay().toString());
    execution.setVariable(OVERDUE, false);
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(businessKey(ruleSet, quarter.toString(), ownerUnit));
    }
  }
}
