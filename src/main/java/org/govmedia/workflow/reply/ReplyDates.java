package org.govmedia.workflow.reply;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The dates of a reply that the working calendar does not give directly, for the BPMN expressions
 * ({@code ${replyDates.reminderDate(receivedAt, reminderWorkingDays)}}). How many days: the DMN table.
 */
@Component("replyDates")
public class ReplyDates {

  private final WorkingCalendar calendar;

  public ReplyDates(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The reminder: the start (00:00 in the calendar's zone) of the Nth working day after the day of
   * receipt, so the reminder is there when the day's work begins.
   */
  public Date reminderDate(Object receivedAt, Object workingDays) {
    int days = ((Number) workingDays).intValue();
    LocalDate day = calendar.addWorkingDays(calendar.dayOf(receivedAt), days);
    return Date.from(day.atStartOfDay(calendar.zone()).toInstant());
  }

  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A date-time as a clerk reads it: Beijing time (the calendar's zone), e.g. 2025-10-10 23:59. */
  public String text(Date date) {
    return TEXT.format(date.toInstant().atZone(calendar.zone()));
  }

  /** An ISO-8601 date-time with offset (receivedAt) as a clerk reads it, e.g. 2026-11-29 14:30. */
  public String text(java.time.OffsetDateTime dateTime) {
    return TEXT.format(dateTime.atZoneSameInstant(calendar.zone()));
  }

  /** A date as ISO-8601 with the calendar zone's offset, e.g. 2025-10-10T23:59:59+08:00. */
  public String iso(Date date) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atZone(calendar.zone())
        .toOffsetDateTime());
  }
}
