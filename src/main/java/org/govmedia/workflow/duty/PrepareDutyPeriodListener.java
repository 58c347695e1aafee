package org.govmedia.workflow.duty;

import static org.govmedia.workflow.duty.DutyVariables.*;
import static org.govmedia.workflow.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.process.Actor;
import org.govmedia.workflow.process.RefusedInput;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Start of {@code holiday-duty}: {@code periodName}, {@code periodStart}, {@code periodEnd} (ISO
 * dates), optional {@code periodSource} (CALENDAR or SUPERVISOR, the default) and {@code ruleSet};
 * refused with "Invalid <field>", nothing stored. Records the period in {@code gm_duty_period}
 * (a period already started is refused: idempotent), sets the business key
 * {@code duty:<periodStart>:<name>} and {@code overdue=false}.
 */
@Component("prepareDutyPeriodListener")
public class PrepareDutyPeriodListener implements ExecutionListener {

  private final DutyPeriodValidator validator;
  private final DutyPeriodRepository periods;

  public PrepareDutyPeriodListener(DutyPeriodValidator validator, DutyPeriodRepository periods) {
    this.validator = validator;
    this.periods = periods;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DutyPeriodValidator.Period period;
    try {
      period = validator.period(execution.getVariables(), PERIOD_NAME, PERIOD_START, PERIOD_END);
    } catch (BadRequestException e) {
      throw RefusedInput.forClerk(e);
    }
    Object sourceValue = execution.getVariable(PERIOD_SOURCE);
    String source = sourceValue == null || sourceValue.toString().isBlank() ? SOURCE_SUPERVISOR
        : sourceValue.toString().strip();
    if (!SOURCE_CALENDAR.equals(source) && !SOURCE_SUPERVISOR.equals(source)) {
      throw RefusedInput.forClerk(PERIOD_SOURCE, "periodSource '" + source + "' is not one of ["
          + SOURCE_CALENDAR + ", " + SOURCE_SUPERVISOR + "]");
    }
    if (periods.find(period.start(), period.name()).isPresent()) {
      throw RefusedInput.forClerk(PERIOD_START, "holiday-duty was already started for " + period.name()
          + " from " + period.start());
    }
    String businessKey = businessKey(period.start().toString(), period.name());
    execution.setProcessBusinessKey(businessKey);
    execution.setVariable(PERIOD_NAME, period.name());
    execution.setVariable(PERIOD_START, period.start().toString());
    execution.setVariable(PERIOD_END, period.end().toString());
    execution.setVariable(PERIOD_SOURCE, source);
    execution.setVariable(RULE_SET, period.ruleSet());
    execution.setVariable(OVERDUE, false);
    execution.setVariable(DUTY_ROSTER, "");
    periods.insert(period.name(), period.start(), period.end(), source, businessKey,
        execution.getProcessInstanceId(), Actor.current(), ClockUtil.getCurrentTime().toInstant());
  }
}
