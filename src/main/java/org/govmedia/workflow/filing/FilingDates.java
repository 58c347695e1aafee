package org.govmedia.workflow.filing;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/** {@code ${filingDates.text(filingDeadline)}}: a deadline as forms show it, "2025-09-29 23:59 (Asia/Shanghai)". */
@Component("filingDates")
public class FilingDates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final WorkingCalendar calendar;

  public FilingDates(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public String text(Date date) {
    return date == null ? "" : FORMAT.format(date.toInstant().atZone(calendar.zone()))
        + " (" + calendar.zone() + ")";
  }
}
