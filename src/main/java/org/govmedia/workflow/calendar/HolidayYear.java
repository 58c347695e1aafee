package org.govmedia.workflow.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govmedia.workflow.web.BadRequestException;

/**
 * One year's holiday arrangement in the format of the shipped files
 * ({@code classpath:calendar/holidays/YYYY.json}) and of {@code PUT /api/calendar/years/{year}}:
 * {@code {"year":2027,"papers":[...],"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}}.
 *
 * @param year the calendar year
 * @param papers the addresses of the notice(s) the arrangement comes from (may be empty)
 * @param days the listed days: off days ({@code isOffDay} true) and worked weekend days (false)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HolidayYear(Integer year, List<String> papers, List<Day> days) {

  /** The longest holiday name the table takes ({@code gm_calendar_day.name VARCHAR(64)}). */
  public static final int MAX_NAME_LENGTH = 64;

  public HolidayYear {
    papers = papers == null ? List.of() : papers;
  }

  /**
   * A listed day.
   *
   * @param name the holiday's name, e.g. 春节
   * @param date the day
   * @param offDay true: a day off; false: a weekend day that is a working day (调休上班)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Day(String name, LocalDate date, @JsonProperty("isOffDay") Boolean offDay) {}

  /**
   * Checks the arrangement; throws {@link BadRequestException} naming the first field at fault.
   *
   * @param expectedYear the year it must be for (the path's year), or null to take the body's
   */
  public void validate(Integer expectedYear) {
    if (year == null) {
      throw new BadRequestException("year", "field 'year' is required");
    }
    if (expectedYear != null && !expectedYear.equals(year)) {
      throw new BadRequestException("year",
          "field 'year' (" + year + ") differs from the year of the path (" + expectedYear + ")");
    }
    if (days == null) {
      throw new BadRequestException("days", "field 'days' is required (it may be an empty list)");
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      Day day = days.get(i);
      String prefix = "days[" + i + "]";
      if (day == null) {
        throw new BadRequestException(prefix, prefix + " is null");
      }
      if (day.name() == null || day.name().isBlank()) {
        throw new BadRequestException(prefix + ".name", "field '" + prefix + ".name' is required");
      }
      if (day.name().length() > MAX_NAME_LENGTH) {
        throw new BadRequestException(prefix + ".name",
            "field '" + prefix + ".name' is longer than " + MAX_NAME_LENGTH + " characters");
      }
      if (day.date() == null) {
        throw new BadRequestException(prefix + ".date", "field '" + prefix + ".date' is required");
      }
      if (day.date().getYear() != year) {
        throw new BadRequestException(prefix + ".date", "field '" + prefix + ".date' ("
            + day.date() + ") is not in the year " + year);
      }
      if (!seen.add(day.date())) {
        throw new BadRequestException(prefix + ".date", "field '" + prefix + ".date' ("
            + day.date() + ") is listed twice");
      }
      if (day.offDay() == null) {
        throw new BadRequestException(prefix + ".isOffDay",
            "field '" + prefix + ".isOffDay' is required (true: day off, false: worked weekend day)");
      }
    }
  }

  /** The source text stored with the year: where it came from and the notice(s), at most 1000 characters. */
  String sourceText(String origin) {
    List<String> parts = new ArrayList<>();
    parts.add(origin);
    parts.addAll(papers);
    String text = String.join(" ", parts);
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }
}
