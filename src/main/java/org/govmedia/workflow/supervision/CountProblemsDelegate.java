package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * 统计问题次数 {@code problemCount}: the account's prominent problems inspected within the window the
 * model gives ({@code problemWindow}, an ISO-8601 period such as P12M) up to now, this one
 * included; a window, not a calendar year, so that December and January count together. 0 when
 * this inspection found none (no step on the ladder without a problem).
 */
@Component("countProblemsDelegate")
public class CountProblemsDelegate implements JavaDelegate {

  private final SupervisionRecords records;
  private final WorkingCalendar calendar;

  public CountProblemsDelegate(SupervisionRecords records, WorkingCalendar calendar) {
    this.records = records;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean prominent = Boolean.TRUE.equals(execution.getVariable(PROMINENT_PROBLEM));
    int count = 0;
    if (prominent) {
      Period window = Period.parse(String.valueOf(execution.getVariable(PROBLEM_WINDOW)));
      Instant since = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone())
          .minus(window).toInstant();
      count = records.prominentProblemsSince(id(execution.getVariable(ACCOUNT_ID)), since);
    }
    execution.setVariable(PROBLEM_COUNT, count);
  }
}
