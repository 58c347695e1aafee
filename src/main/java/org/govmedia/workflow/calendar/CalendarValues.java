package org.govmedia.workflow.calendar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;

/**
 * The one place where the values a process holds (a {@link Date}, an ISO-8601 string, a DMN
 * {@code Long}...) become a day or a number of days. Every deadline computation goes through it.
 */
final class CalendarValues {

  private CalendarValues() {}

  /**
   * The day an event happened on, in the zone.
   *
   * @param event a {@link Date}, {@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime},
   *     {@link LocalDate}, {@link LocalDateTime} (local time in the zone), {@link Calendar}, or an
   *     ISO-8601 string: a date-time with offset (or zone, or Z), a local date-time, or a plain date
   */
  static LocalDate dayOf(Object event, ZoneId zone) {
    if (event == null) {
      throw new IllegalArgumentException("the event's date is missing (null)");
    }
    if (event instanceof java.sql.Date sqlDate) {
      return sqlDate.toLocalDate();
    }
    if (event instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    if (event instanceof Instant instant) {
      return instant.atZone(zone).toLocalDate();
    }
    if (event instanceof OffsetDateTime dateTime) {
      return dateTime.atZoneSameInstant(zone).toLocalDate();
    }
    if (event instanceof ZonedDateTime dateTime) {
      return dateTime.withZoneSameInstant(zone).toLocalDate();
    }
    if (event instanceof LocalDate date) {
      return date;
    }
    if (event instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (event instanceof Calendar calendar) {
      return calendar.toInstant().atZone(zone).toLocalDate();
    }
    if (event instanceof CharSequence text) {
      return parseDay(text.toString().trim(), zone);
    }
    throw new IllegalArgumentException("the event's date has an unsupported type "
        + event.getClass().getName() + " (expected a date, a date-time or an ISO-8601 string)");
  }

  private static LocalDate parseDay(String text, ZoneId zone) {
    try {
      if (text.length() <= 10) {
        return LocalDate.parse(text);
      }
      if (text.endsWith("]")) {
        return ZonedDateTime.parse(text).withZoneSameInstant(zone).toLocalDate();
      }
      try {
        return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
      } catch (DateTimeParseException withoutOffset) {
        return LocalDateTime.parse(text).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("the event's date is not an ISO-8601 date or date-time: '"
          + text + "'", e);
    }
  }

  /**
   * A non-negative whole number of days: Integer, Long (as DMN gives it), any integral
   * {@link Number}, or its decimal string.
   */
  static int toAmount(Object amount) {
    if (amount == null) {
      throw new IllegalArgumentException("the deadline's amount is missing (null)");
    }
    int value;
    try {
      if (amount instanceof Integer || amount instanceof Long || amount instanceof Short
          || amount instanceof Byte) {
        value = Math.toIntExact(((Number) amount).longValue());
      } else if (amount instanceof BigInteger big) {
        value = big.intValueExact();
      } else if (amount instanceof BigDecimal big) {
        value = big.intValueExact();
      } else if (amount instanceof Number number) {
        double d = number.doubleValue();
        if (d != Math.rint(d) || Double.isInfinite(d)) {
          throw new ArithmeticException("not integral");
        }
        value = Math.toIntExact((long) d);
      } else if (amount instanceof CharSequence text) {
        value = Integer.parseInt(text.toString().trim());
      } else {
        throw new IllegalArgumentException("the deadline's amount has an unsupported type "
            + amount.getClass().getName());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("the deadline's amount is not a whole number of days: "
          + amount, e);
    }
    if (value < 0) {
      throw new IllegalArgumentException("the deadline's amount must not be negative: " + value);
    }
    return value;
  }
}
