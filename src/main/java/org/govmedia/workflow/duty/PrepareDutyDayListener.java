package org.govmedia.workflow.duty;

import static org.govmedia.workflow.duty.DutyVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.calendar.Deadlines;
import org.springframework.stereotype.Component;

/**
 * Start of one duty day (an instance of the daily multi-instance, element variable
 * {@code dutyDay}): the day's roster entry as local variables ({@code dutyUser}, {@code leadOnDuty},
 * {@code dutyAccounts}), the day's start and end ({@code dutyDayStart}, {@code dutyDayEnd}), and the
 * check's fields empty, local to the day so that parallel days never share them.
 */
@Component("prepareDutyDayListener")
public class PrepareDutyDayListener implements ExecutionListener {

  private final Deadlines dates;

  public PrepareDutyDayListener(Deadlines dates) {
    this.dates = dates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String day = (String) execution.getVariable(DUTY_DAY);
    DutyRosters.Entry entry = DutyRosters.read((String) execution.getVariable(DUTY_ROSTER))
        .get(LocalDate.parse(day));
    if (entry == null) {
      throw new IllegalStateException("the roster has no entry for " + day);
    }
    execution.setVariableLocal(DUTY_USER, entry.dutyUser());
    execution.setVariableLocal(LEAD_ON_DUTY, entry.leadOnDuty());
    execution.setVariableLocal(DUTY_ACCOUNTS, entry.accounts());
    execution.setVariableLocal(DUTY_DAY_START, dates.startOf(day));
    execution.setVariableLocal(DUTY_DAY_END, dates.endOf(day));
    execution.setVariableLocal(CHANNELS_READ, false);
    execution.setVariableLocal(NOTICES_ACKNOWLEDGED, false);
    execution.setVariableLocal(PROBLEMS_FOUND, "");
    execution.setVariableLocal(PROBLEMS_FIXED, "");
    execution.setVariableLocal(CHECK_OVERDUE, false);
  }
}
