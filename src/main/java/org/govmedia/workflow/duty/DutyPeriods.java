package org.govmedia.workflow.duty;

import static org.govmedia.workflow.duty.DutyVariables.*;
import static org.govmedia.workflow.process.ProcessVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.identity.AsApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Duty periods of gaoxian 2(2): the holiday periods of the calendar (consecutive off days of the
 * State Council arrangement with the same holiday name) and the important periods supervisors add.
 * Starts {@code holiday-duty} once per period (business key {@code duty:<periodStart>:<name>};
 * {@code gm_duty_period} keeps it idempotent), each start in its own transaction.
 */
@Service
public class DutyPeriods {

  private static final Logger LOG = LoggerFactory.getLogger(DutyPeriods.class);

  /** A period to be on duty in: a name, its first and last day. */
  public record Period(String name, LocalDate start, LocalDate end) {}

  private final WorkingCalendar calendar;
  private final DutyPeriodRepository periods;
  private final ProcessEngine engine;
  private final TransactionTemplate transaction;
  private final int lookaheadDays;

  public DutyPeriods(WorkingCalendar calendar, DutyPeriodRepository periods, ProcessEngine engine,
      PlatformTransactionManager transactionManager,
      @Value("${govmedia.duty.lookahead-days}") int lookaheadDays) {
    this.calendar = calendar;
    this.periods = periods;
    this.engine = engine;
    this.transaction = new TransactionTemplate(transactionManager);
    this.lookaheadDays = lookaheadDays;
  }

  /**
   * The holiday periods of the calendar that are not over on {@code from} and begin by
   * {@code from + days}: runs of consecutive off days with the same holiday name (a run under way
   * on {@code from} starts on its real first day). Make-up working days 调休上班 are not part of it.
   */
  public List<Period> holidayPeriods(LocalDate from, int days) {
    List<Period> found = new ArrayList<>();
    LocalDate last = from.plusDays(days);
    LocalDate d = from;
    while (!d.isAfter(last)) {
      String name = holidayOff(d);
      if (name == null) {
        d = d.plusDays(1);
        continue;
      }
      LocalDate start = d;
      while (name.equals(holidayOff(start.minusDays(1)))) {
        start = start.minusDays(1);
      }
      LocalDate end = d;
      while (name.equals(holidayOff(end.plusDays(1)))) {
        end = end.plusDays(1);
      }
      found.add(new Period(name, start, end));
      d = end.plusDays(1);
    }
    return found;
  }

  private String holidayOff(LocalDate day) {
    String name = calendar.holidayName(day);
    return name != null && !calendar.isWorkingDay(day) ? name : null;
  }

  /**
   * Starts holiday-duty for every holiday period within the look-ahead ({@code
   * govmedia.duty.lookahead-days}, 45 calendar days by default: longer than any roster lead of
   * duty-roster-lead.dmn) that has not been started yet. Returns the instances started.
   */
  public List<ProcessInstance> startUpcoming(LocalDate today) {
    List<ProcessInstance> started = new ArrayList<>();
    for (Period period : holidayPeriods(today, lookaheadDays)) {
      if (periods.find(period.start(), period.name()).isPresent()) {
        continue;
      }
      try {
        started.add(transaction.execute(status -> start(period, SOURCE_CALENDAR, null)));
        LOG.info("holiday-duty started for {} {} .. {}", period.name(), period.start(), period.end());
      } catch (RuntimeException e) {
        // Another node started it first (unique key), or the period was refused: the next run retries.
        LOG.warn("holiday-duty not started for {} {} .. {}: {}", period.name(), period.start(),
            period.end(), e.getMessage());
      }
    }
    return started;
  }

  /**
   * Starts holiday-duty for the period as the application (the start listener checks and records
   * it, and refuses a period already started).
   */
  public ProcessInstance start(Period period, String source, String ruleSet) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERIOD_NAME, period.name());
    variables.put(PERIOD_START, period.start().toString());
    variables.put(PERIOD_END, period.end().toString());
    variables.put(PERIOD_SOURCE, source);
    if (ruleSet != null) {
      variables.put(RULE_SET, ruleSet);
    }
    return AsApplication.run(engine, () -> engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(businessKey(period.start().toString(), period.name()))
        .setVariables(variables).execute());
  }

  /** Whether holiday-duty was started for the period. */
  public boolean started(LocalDate start, String name) {
    return periods.find(start, Objects.requireNonNull(name)).isPresent();
  }
}
