package org.govmedia.workflow.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * {@code ${reportDates.deadline(quarter, deadlineDay)}}: the quarterly report's deadline, the end
 * (23:59:59, Asia/Shanghai) of day {@code deadlineDay} (report-deadline.dmn) of the first month of
 * the next quarter. A deadline on an off day is not moved (application reading of henan 6(2)
 * "每季度第一个月10日前": the rule names a calendar day, so a report falling due in a holiday is sent
 * before it); {@link #text(Date)} says so in the form when it happens.
 */
@Component("reportDates")
public class ReportDates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingCalendar calendar;

  public ReportDates(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public Date deadline(Object quarter, Object deadlineDay) {
    return Date.from(deadlineDay(quarter, deadlineDay).atTime(END_OF_DAY).atZone(calendar.zone()).toInstant());
  }

  /** The day the report is due on (day of month capped at the month's length). */
  public LocalDate deadlineDay(Object quarter, Object deadlineDay) {
    LocalDate month = Quarter.parse(String.valueOf(quarter)).reportMonth();
    int day = deadlineDay instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(deadlineDay));
    if (day < 1) {
      throw new IllegalArgumentException("deadline day " + day + " is not a day of the month");
    }
    return month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
  }

  public java.time.ZoneId zone() {
    return calendar.zone();
  }

  /** "2025-10-10 23:59 (Asia/Shanghai)", with a note when the day is not a working day. */
  public String text(Date date) {
    if (date == null) {
      return "";
    }
    var local = date.toInstant().atZone(calendar.zone());
    String text = FORMAT.format(local) + " (" + calendar.zone() + ")";
    if (calendar.isCovered(local.getYear()) && !calendar.isWorkingDay(local.toLocalDate())) {
      text += "；非工作日，不顺延 an off day, not moved";
    }
    return text;
  }
}
