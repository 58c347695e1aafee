package org.govmedia.workflow.account;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.RefusedInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 事项日期 The date of an event a deadline runs from (a platform deregistration, a staff change),
 * entered by a clerk: an ISO date (yyyy-MM-dd, or a form's date-time of that day), not in the future
 * and not before the account was opened. A refusal names the field in Chinese ("Invalid <field>:
 * ..."), logged at WARN in one line.
 */
@Component("eventDates")
public class EventDates {

  private static final Logger LOG = LoggerFactory.getLogger(EventDates.class);

  private final WorkingCalendar calendar;

  public EventDates(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /** The day of the event, checked; {@code label} is the field's Chinese name (注销日期). */
  public LocalDate check(Object value, String field, String label, Account account) {
    if (value == null || value.toString().isBlank()) {
      throw refuse(field, "请填写" + label);
    }
    LocalDate day;
    try {
      day = value instanceof Date || value instanceof LocalDate ? calendar.dayOf(value)
          : LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw refuse(field, label + "格式应为 yyyy-MM-dd");
    }
    LocalDate today = calendar.today();
    if (day.isAfter(today)) {
      throw refuse(field, label + "不能晚于今天（" + today + "）");
    }
    LocalDate opened = account == null ? null : account.getOpenedOn();
    if (opened != null && day.isBefore(opened)) {
      throw refuse(field, label + "不能早于账号开设日期（" + opened + "）");
    }
    return day;
  }

  private static BadUserRequestException refuse(String field, String message) {
    LOG.warn("Refused {}: {}", field, message);
    return RefusedInput.of(field, message);
  }
}
