package org.govmedia.workflow.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 期限 The one bean the models call for a deadline and its display text, e.g.
 * {@code ${deadlines.reply(receivedAt, replyWorkingDays)}} and {@code ${deadlines.text(replyDeadline)}}.
 * How many days a deadline has comes from the DMN tables (dmn/*.dmn); the days are counted by
 * {@link WorkingCalendar}, forwards and backwards, in Asia/Shanghai. A deadline ends at 23:59:59 of
 * its last day.
 */
@Component("deadlines")
public class Deadlines {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final WorkingCalendar calendar;

  public Deadlines(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  // ------------------------------------------------------------------------- deadlines

  /** The end of the {@code amount}th working or calendar day ({@code unit}) after the event's day. */
  public Date after(Object event, Object amount, String unit) {
    return calendar.deadline(event, amount, unit);
  }

  /** {@link #after} from now (the engine clock). */
  public Date fromNow(Object amount, String unit) {
    return calendar.deadlineFromNow(amount, unit);
  }

  /** The reply deadline: the end of the Nth working day after the day of receipt (reply-deadline.dmn). */
  public Date reply(Object receivedAt, Object replyWorkingDays) {
    return calendar.deadline(receivedAt, replyWorkingDays, WorkingCalendar.WORKING_DAYS);
  }

  /**
   * The reply reminder: the start (00:00) of the Nth working day after the day of receipt, so the
   * reminder is there when the day's work begins.
   */
  public Date reminder(Object receivedAt, Object reminderWorkingDays) {
    int days = CalendarValues.toAmount(reminderWorkingDays);
    LocalDate day = calendar.addWorkingDays(calendar.dayOf(receivedAt), days);
    return startOf(day);
  }

  /** A rectification deadline: the end of the Nth working day from today (rectification-deadline.dmn). */
  public Date rectification(Object rectificationWorkingDays) {
    return calendar.deadlineFromNow(rectificationWorkingDays, WorkingCalendar.WORKING_DAYS);
  }

  /**
   * The holiday-duty roster deadline: the end of the {@code leadWorkingDays}th working day before the
   * period's first day (duty-roster-lead.dmn), counted backwards.
   */
  public Date roster(Object periodStart, Object leadWorkingDays) {
    LocalDate start = calendar.dayOf(periodStart);
    return endOf(calendar.subtractWorkingDays(start, CalendarValues.toAmount(leadWorkingDays)));
  }

  /**
   * The quarterly report's deadline: the end of day {@code deadlineDay} (report-deadline.dmn) of the
   * first month of the next quarter. A deadline on an off day is not moved (application reading of
   * henan 6(2) "每季度第一个月10日前": the rule names a calendar day); {@link #textNotMoved} says so.
   */
  public Date report(Object quarter, Object deadlineDay) {
    return endOf(reportDay(quarter, deadlineDay));
  }

  /** The day the quarterly report is due on (day of month capped at the month's length). */
  public LocalDate reportDay(Object quarter, Object deadlineDay) {
    LocalDate month = Quarter.parse(String.valueOf(quarter)).reportMonth();
    int day = deadlineDay instanceof Number n ? n.intValue()
        : Integer.parseInt(String.valueOf(deadlineDay));
    if (day < 1) {
      throw new IllegalArgumentException("deadline day " + day + " is not a day of the month");
    }
    return month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
  }

  // ------------------------------------------------------------------------- days

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

  /** 23:59:59 of the day in the calendar's zone: what is not done by then is overdue. */
  public Date endOf(Object day) {
    LocalDate date = calendar.dayOf(day);
    return Date.from(date.atTime(WorkingCalendar.END_OF_DAY).atZone(calendar.zone()).toInstant());
  }

  /** The time zone of every deadline (Asia/Shanghai). */
  public ZoneId zone() {
    return calendar.zone();
  }

  // ------------------------------------------------------------------------- display text

  /** A deadline as forms show it: "2025-09-29 23:59 (Asia/Shanghai)"; "" for none. */
  public String text(Date date) {
    return date == null ? "" : MINUTES.format(local(date)) + " (" + calendar.zone() + ")";
  }

  /**
   * {@link #text} of a deadline on a named calendar day, with a note when that day is not a working
   * day: "2025-10-10 23:59 (Asia/Shanghai)；非工作日，不顺延 an off day, not moved".
   */
  public String textNotMoved(Date date) {
    if (date == null) {
      return "";
    }
    ZonedDateTime local = local(date);
    String text = text(date);
    if (calendar.isCovered(local.getYear()) && !calendar.isWorkingDay(local.toLocalDate())) {
      text += "；非工作日，不顺延 an off day, not moved";
    }
    return text;
  }

  /** A date-time as a clerk reads it, Beijing time without the zone: "2025-10-10 23:59". */
  public String clerkText(Date date) {
    return MINUTES.format(local(date));
  }

  /** A date-time with offset (receivedAt) as a clerk reads it: "2026-11-29 14:30". */
  public String clerkText(OffsetDateTime dateTime) {
    return MINUTES.format(dateTime.atZoneSameInstant(calendar.zone()));
  }

  private ZonedDateTime local(Date date) {
    return date.toInstant().atZone(calendar.zone());
  }
}
