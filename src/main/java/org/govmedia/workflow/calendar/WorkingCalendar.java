package org.govmedia.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.SortedSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar of mainland China (工作日): Monday to Friday, except the days off of the
 * State Council's holiday arrangement, plus the weekend days it makes working days (调休上班).
 *
 * <p>BPMN and DMN call it by its bean name, e.g.
 * {@code ${workingCalendar.deadline(receivedAt, replyWorkingDays, 'WORKING_DAYS')}}. It holds no
 * rule of its own: how many days a deadline has comes from the DMN tables.
 *
 * <p>The arrangement is held in memory, precomputed per covered year, and reloaded from
 * {@code gm_calendar_day} at start-up, after an administrator's change and every five minutes (so
 * another node's change arrives). A year without data (its notice is not out yet, or nobody loaded
 * it) counts Monday to Friday as working days; that is logged once per year as a WARN and never
 * throws. All days are days in {@link #zone()} (Asia/Shanghai).
 */
@Component("workingCalendar")
public class WorkingCalendar {

  /** The unit of a deadline counted in working days. */
  public static final String WORKING_DAYS = "WORKING_DAYS";
  /** The unit of a deadline counted in calendar days. */
  public static final String CALENDAR_DAYS = "CALENDAR_DAYS";

  private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendar.class);
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  /** A deadline ends at the end of its last day: 23:59:59.000 local time. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final ZoneId zone;
  private final CalendarRepository repository;
  /** The most uncovered years warned about at once (see {@link UncoveredYears}). */
  static final int MAX_WARNED_YEARS = UncoveredYears.MAX_WARNED_YEARS;

  private final UncoveredYears uncovered = new UncoveredYears();
  private volatile CalendarSnapshot snapshot = CalendarSnapshot.EMPTY;

  /** The application's calendar, fed from the database (see {@link #reload()}). */
  @Autowired
  public WorkingCalendar(CalendarRepository repository,
      @Value("${govmedia.zone:Asia/Shanghai}") String zone) {
    this.repository = repository;
    this.zone = ZoneId.of(zone);
  }

  private WorkingCalendar(ZoneId zone, Collection<HolidayYear> years) {
    this.repository = null;
    this.zone = zone;
    replaceData(years);
  }

  /** A calendar of the given years in Asia/Shanghai, without database (tests, tools). */
  public static WorkingCalendar of(Collection<HolidayYear> years) {
    return new WorkingCalendar(SHANGHAI, years);
  }

  /** A calendar of the given years in the given zone, without database. */
  public static WorkingCalendar of(ZoneId zone, Collection<HolidayYear> years) {
    return new WorkingCalendar(zone, years);
  }

  /** A calendar of the files shipped under {@code classpath:calendar/holidays/}, without database. */
  public static WorkingCalendar ofShippedFiles() {
    return of(HolidayFiles.readAll().values().stream().map(HolidayFiles.Shipped::year).toList());
  }

  // ---------------------------------------------------------------------------------- loading

  /** Reads the arrangement from the database again (no-op for a calendar built without one). */
  public void reload() {
    if (repository != null) {
      replaceData(repository.loadAll());
    }
  }

  /** Every five minutes: picks up another node's change. A failure keeps the calendar held. */
  @Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT5M")
  public void scheduledReload() {
    try {
      reload();
    } catch (RuntimeException e) {
      LOG.warn("Could not reload the working-day calendar; keeping the days held in memory", e);
    }
  }

  /** Replaces the days held in memory by the given years (each year at most once). */
  public synchronized void replaceData(Collection<HolidayYear> years) {
    CalendarSnapshot next = CalendarSnapshot.build(years);
    snapshot = next;
    uncovered.forgetCovered(next);
  }

  // ---------------------------------------------------------------------------------- queries

  /** The time zone every day of this calendar is a day in. */
  public ZoneId zone() {
    return zone;
  }

  /** The years the calendar has data for, ascending. */
  public SortedSet<Integer> coveredYears() {
    return snapshot.years;
  }

  /** True when the calendar has data (a holiday arrangement) for the year. */
  public boolean isCovered(int year) {
    return snapshot.covers(year);
  }

  /**
   * Whether the day is a working day: a listed day off is not; a listed make-up day (a weekend day
   * that is worked) is; any other day is when it is Monday to Friday.
   */
  public boolean isWorkingDay(LocalDate date) {
    CalendarSnapshot s = snapshot;
    long day = date.toEpochDay();
    if (!s.covers(date.getYear())) {
      uncovered.warn(date.getYear());
    }
    if (day >= s.spanStart && day < s.spanEnd) {
      int i = (int) (day - s.spanStart);
      return s.prefix[i + 1] != s.prefix[i];
    }
    return CalendarSnapshot.isWeekday(day);
  }

  /** The holiday name of a listed day (an off day or a make-up day), or null for an ordinary day. */
  public String holidayName(LocalDate date) {
    HolidayYear.Day day = snapshot.listed.get(date);
    return day == null ? null : day.name();
  }

  /**
   * The {@code n}th working day after {@code from}; {@code from} itself is not counted, whether or
   * not it is a working day. {@code n == 0} returns {@code from} unchanged (even on a day off).
   * Example: from 2025-09-26, 5 working days is 2025-10-10 (National Day, make-up day 2025-09-28).
   *
   * @throws IllegalArgumentException when {@code n} is negative
   * @throws java.time.DateTimeException when the result is beyond the range of {@link LocalDate}
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of working days must not be negative: " + n);
    }
    if (n == 0) {
      return from;
    }
    CalendarSnapshot s = snapshot;
    long f = from.toEpochDay();
    long result;
    if (s.working.length == 0 && s.spanStart == s.spanEnd) {
      result = CalendarSnapshot.addWeekdays(f, n);
    } else {
      int remaining = n;
      long beforeSpan = s.spanStart - 1;
      if (f < beforeSpan) {
        long weekdays = CalendarSnapshot.weekdayCount(beforeSpan) - CalendarSnapshot.weekdayCount(f);
        if (weekdays >= remaining) {
          return uncovered.warnRange(s, from, LocalDate.ofEpochDay(CalendarSnapshot.addWeekdays(f, remaining)));
        }
        remaining -= (int) weekdays;
        f = beforeSpan;
      }
      long lastOfSpan = s.spanEnd - 1;
      if (f < lastOfSpan) {
        int counted = s.prefix[(int) (f - s.spanStart) + 1];
        long index = (long) counted + remaining - 1;
        if (index < s.working.length) {
          result = s.spanStart + s.working[(int) index];
        } else {
          remaining -= s.working.length - counted;
          result = CalendarSnapshot.addWeekdays(lastOfSpan, remaining);
        }
      } else {
        result = CalendarSnapshot.addWeekdays(f, remaining);
      }
    }
    return uncovered.warnRange(s, from, LocalDate.ofEpochDay(result));
  }

  /**
   * The {@code n}th working day before {@code from} (counting backwards; {@code from} itself is not
   * counted, make-up working days 调休上班 count, holidays and weekends do not). {@code n == 0}
   * returns {@code from}. The last {@code n} working days up to and including a day {@code d} begin
   * on {@code subtractWorkingDays(d.plusDays(1), n)}.
   *
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public LocalDate subtractWorkingDays(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of working days must not be negative: " + n);
    }
    LocalDate current = from;
    int counted = 0;
    while (counted < n) {
      current = current.minusDays(1);
      if (isWorkingDay(current)) {
        counted++;
      }
    }
    return current;
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}; 0 when
   * {@code to} is not after {@code from}. So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n},
   * and for a reply made on day {@code r} against a deadline day {@code d} it is the number of working
   * days the reply was late.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    CalendarSnapshot s = snapshot;
    uncovered.warnRange(s, from, to);
    return (int) (s.countUpTo(to.toEpochDay()) - s.countUpTo(from.toEpochDay()));
  }

  /**
   * The end of a deadline: the end (23:59:59.000 in {@link #zone()}) of the {@code amount}th working
   * day (unit {@code WORKING_DAYS}) or calendar day ({@code CALENDAR_DAYS}) after the day of the
   * event in that zone; the event's own day is not counted. An amount of 0 ends with the event's day.
   *
   * @param event a {@link Date}, {@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime},
   *     {@link LocalDate}, {@link LocalDateTime} (local time in the zone), {@link Calendar}, or an
   *     ISO-8601 string: a date-time with offset (or zone, or Z), a local date-time, or a plain date
   * @param amount a non-negative whole number: Integer, Long (as DMN gives it), any integral
   *     {@link Number}, or its decimal string
   * @param unit {@code WORKING_DAYS} or {@code CALENDAR_DAYS}
   * @throws IllegalArgumentException for a missing or unreadable event, a negative or non-integral
   *     amount, or an unknown unit (named in the message)
   */
  public Date deadline(Object event, Object amount, String unit) {
    LocalDate eventDay = dayOf(event);
    int days = CalendarValues.toAmount(amount);
    LocalDate last = lastDay(eventDay, days, unit);
    return Date.from(last.atTime(END_OF_DAY).atZone(zone).toInstant());
  }

  /** {@link #deadline(Object, Object, String)} from now, the engine clock's time ({@link ClockUtil}). */
  public Date deadlineFromNow(Object amount, String unit) {
    return deadline(ClockUtil.getCurrentTime(), amount, unit);
  }

  /** Today in {@link #zone()} by the engine clock ({@link ClockUtil}), which tests can move. */
  public LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
  }

  /** The day an event happened on, in {@link #zone()}; see {@link #deadline} for the accepted types. */
  public LocalDate dayOf(Object event) {
    return CalendarValues.dayOf(event, zone);
  }

  private LocalDate lastDay(LocalDate eventDay, int days, String unit) {
    if (WORKING_DAYS.equals(unit)) {
      return addWorkingDays(eventDay, days);
    }
    if (CALENDAR_DAYS.equals(unit)) {
      return eventDay.plusDays(days);
    }
    throw new IllegalArgumentException("unknown deadline unit '" + unit + "' (expected "
        + WORKING_DAYS + " or " + CALENDAR_DAYS + ")");
  }

  /** The years this calendar has warned about (at most {@link #MAX_WARNED_YEARS}; for tests). */
  Set<Integer> warnedYears() {
    return uncovered.years();
  }
}
