package org.govmedia.workflow.calendar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  /** A Monday (1969-12-29) as epoch day: the reference of the weekday arithmetic. */
  private static final long MONDAY = LocalDate.of(1969, 12, 29).toEpochDay();

  private final ZoneId zone;
  private final CalendarRepository repository;
  /**
   * The most uncovered years remembered (and warned about) at once: a deadline far in the future
   * crosses thousands of years without data, and each would otherwise be kept and logged for good.
   */
  static final int MAX_WARNED_YEARS = 16;

  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
  private volatile Snapshot snapshot = Snapshot.EMPTY;

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
    Snapshot next = Snapshot.build(years);
    snapshot = next;
    warnedYears.removeIf(next::covers);
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
    Snapshot s = snapshot;
    long day = date.toEpochDay();
    if (!s.covers(date.getYear())) {
      warnUncovered(date.getYear());
    }
    if (day >= s.spanStart && day < s.spanEnd) {
      int i = (int) (day - s.spanStart);
      return s.prefix[i + 1] != s.prefix[i];
    }
    return isWeekday(day);
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
    Snapshot s = snapshot;
    long f = from.toEpochDay();
    long result;
    if (s.working.length == 0 && s.spanStart == s.spanEnd) {
      result = addWeekdays(f, n);
    } else {
      int remaining = n;
      long beforeSpan = s.spanStart - 1;
      if (f < beforeSpan) {
        long weekdays = weekdayCount(beforeSpan) - weekdayCount(f);
        if (weekdays >= remaining) {
          return warnRange(s, from, LocalDate.ofEpochDay(addWeekdays(f, remaining)));
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
          result = addWeekdays(lastOfSpan, remaining);
        }
      } else {
        result = addWeekdays(f, remaining);
      }
    }
    return warnRange(s, from, LocalDate.ofEpochDay(result));
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
    Snapshot s = snapshot;
    warnRange(s, from, to);
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
    int days = toAmount(amount);
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
      return parseDay(text.toString().trim());
    }
    throw new IllegalArgumentException("the event's date has an unsupported type "
        + event.getClass().getName() + " (expected a date, a date-time or an ISO-8601 string)");
  }

  private LocalDate parseDay(String text) {
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

  private static int toAmount(Object amount) {
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

  // ---------------------------------------------------------------------------------- warnings

  /** Warns (once per year) for each uncovered year of the days after {@code from} up to {@code to}. */
  private LocalDate warnRange(Snapshot s, LocalDate from, LocalDate to) {
    int first = from.getMonthValue() == 12 && from.getDayOfMonth() == 31
        ? from.getYear() + 1 : from.getYear();
    int last = to.getYear();
    for (int year = first; year <= last && warnedYears.size() < MAX_WARNED_YEARS; year++) {
      if (!s.covers(year)) {
        warnUncovered(year);
      }
    }
    return to;
  }

  private void warnUncovered(int year) {
    if (warnedYears.contains(year)) {
      return;
    }
    if (warnedYears.size() >= MAX_WARNED_YEARS) {
      return;
    }
    if (warnedYears.add(year)) {
      LOG.warn("The working-day calendar has no holiday arrangement for {}: its working days are "
          + "counted as Monday to Friday. Load the State Council's notice for {} with "
          + "PUT /api/calendar/years/{}.{}", year, year, year, warnedYears.size() >= MAX_WARNED_YEARS
          ? " (" + MAX_WARNED_YEARS + " years warned about: further years without data are not "
              + "listed until the calendar is reloaded)" : "");
    }
  }

  /** The years this calendar has warned about (at most {@link #MAX_WARNED_YEARS}; for tests). */
  Set<Integer> warnedYears() {
    return Collections.unmodifiableSet(warnedYears);
  }

  // ---------------------------------------------------------------------------------- arithmetic

  private static boolean isWeekday(long epochDay) {
    return Math.floorMod(epochDay - MONDAY, 7) < 5;
  }

  /** Weekdays from the reference Monday up to and including the day (a relative count). */
  private static long weekdayCount(long epochDay) {
    long offset = epochDay - MONDAY;
    return Math.floorDiv(offset, 7) * 5 + Math.min(Math.floorMod(offset, 7) + 1, 5);
  }

  /** The {@code n}th (n >= 1) Monday-to-Friday day after the day. */
  private static long addWeekdays(long epochDay, long n) {
    long offset = epochDay - MONDAY;
    long monday = epochDay - Math.floorMod(offset, 7);
    long weekday = Math.min(Math.floorMod(offset, 7), 4); // Saturday and Sunday count as Friday
    long index = weekday + n;
    return monday + Math.floorDiv(index, 5) * 7 + Math.floorMod(index, 5);
  }

  /**
   * The arrangement precomputed over a span of whole years, from the first covered year to the last
   * (uncovered years in between follow the week): {@code prefix[i]} is the number of working days
   * among the first {@code i} days of the span, {@code working} the span indices of its working days.
   */
  private static final class Snapshot {

    static final Snapshot EMPTY = build(List.of());

    final SortedSet<Integer> years;
    final int minYear;
    final boolean[] covered;
    final long spanStart;
    final long spanEnd;
    final int[] prefix;
    final int[] working;
    final Map<LocalDate, HolidayYear.Day> listed;

    private Snapshot(SortedSet<Integer> years, int minYear, boolean[] covered, long spanStart,
        long spanEnd, int[] prefix, int[] working, Map<LocalDate, HolidayYear.Day> listed) {
      this.years = years;
      this.minYear = minYear;
      this.covered = covered;
      this.spanStart = spanStart;
      this.spanEnd = spanEnd;
      this.prefix = prefix;
      this.working = working;
      this.listed = listed;
    }

    static Snapshot build(Collection<HolidayYear> data) {
      TreeSet<Integer> years = new TreeSet<>();
      Map<LocalDate, HolidayYear.Day> listed = new HashMap<>();
      for (HolidayYear year : data) {
        if (!years.add(year.year())) {
          throw new IllegalArgumentException("the year " + year.year() + " is given twice");
        }
        if (year.days() != null) {
          for (HolidayYear.Day day : year.days()) {
            listed.put(day.date(), day);
          }
        }
      }
      if (years.isEmpty()) {
        return new Snapshot(Collections.unmodifiableSortedSet(years), 0, new boolean[0], 0, 0,
            new int[] {0}, new int[0], Map.of());
      }
      int minYear = years.first();
      int maxYear = years.last();
      boolean[] covered = new boolean[maxYear - minYear + 1];
      years.forEach(y -> covered[y - minYear] = true);
      long spanStart = LocalDate.of(minYear, 1, 1).toEpochDay();
      long spanEnd = LocalDate.of(maxYear + 1, 1, 1).toEpochDay();
      int length = (int) (spanEnd - spanStart);
      int[] prefix = new int[length + 1];
      List<Integer> working = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        long day = spanStart + i;
        HolidayYear.Day entry = listed.get(LocalDate.ofEpochDay(day));
        boolean works = entry == null ? isWeekday(day) : !entry.offDay();
        prefix[i + 1] = prefix[i] + (works ? 1 : 0);
        if (works) {
          working.add(i);
        }
      }
      return new Snapshot(Collections.unmodifiableSortedSet(years), minYear, covered, spanStart,
          spanEnd, prefix, working.stream().mapToInt(Integer::intValue).toArray(),
          Collections.unmodifiableMap(listed));
    }

    boolean covers(int year) {
      int i = year - minYear;
      return i >= 0 && i < covered.length && covered[i];
    }

    /** Working days up to and including the day, relative to a fixed origin (differences count). */
    long countUpTo(long day) {
      if (day < spanStart) {
        return weekdayCount(day) - weekdayCount(spanStart - 1);
      }
      if (day < spanEnd) {
        return prefix[(int) (day - spanStart) + 1];
      }
      return prefix[prefix.length - 1] + weekdayCount(day) - weekdayCount(spanEnd - 1);
    }
  }
}
