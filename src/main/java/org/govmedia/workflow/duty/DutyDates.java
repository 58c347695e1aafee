package org.govmedia.workflow.duty;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The dates of {@code holiday-duty}, as BPMN expressions call them ({@code ${dutyDates...}}): the
 * roster deadline counted back in working days from the period's first day, the days of a period,
 * and the start and end of a duty day, all in the calendar's zone (Asia/Shanghai).
 */
@Component("dutyDates")
public class DutyDates {

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingCalendar calendar;

  public DutyDates(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The {@code n}th working day before the day (the day itself not counted; make-up working days
   * 调休上班 count, holidays and weekends do not). {@code n == 0} is the day itself.
   */
  public LocalDate workingDaysBefore(LocalDate day, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of working days must not be negative: " + n);
    }
    LocalDate current = day;
    int counted = 0;
    while (counted < n) {
      current = current.minusDays(1);
      if (calendar.isWorkingDay(current)) {
        counted++;
      }
    }
    return current;
  }

  /**
   * The roster deadline: the end (23:59:59) of the {@code leadWorkingDays}th working day before the
   * period's first day ({@code periodStart}, ISO date); the number comes from duty-roster-lead.dmn.
   */
  public Date rosterDeadline(Object periodStart, Object leadWorkingDays) {
    LocalDate start = calendar.dayOf(periodStart);
    int n = ((Number) leadWorkingDays).intValue();
    return endOf(workingDaysBefore(start, n));
  }

  /** Every day from {@code from} to {@code to} (ISO dates, both inclusive), as ISO strings. */
  public List<String> days(Object from, Object to) {
    LocalDate first = calendar.dayOf(from);
    LocalDate last = calendar.dayOf(to);
    List<String> days = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      days.add(d.toString());
    }
    return days;
  }

  /** 00:00 of the day in the calendar's zone. */
  public Date startOf(Object day) {
    return Date.from(calendar.dayOf(day).atStartOfDay(calendar.zone()).toInstant());
  }

  /** 23:59:59 of the day in the calendar's zone: a check not done by then is overdue. */
  public Date endOf(Object day) {
    LocalDate date = day instanceof LocalDate d ? d : calendar.dayOf(day);
    return Date.from(date.atTime(END_OF_DAY).atZone(calendar.zone()).toInstant());
  }
}
