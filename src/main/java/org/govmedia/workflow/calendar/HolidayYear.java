package org.govmedia.workflow.calendar;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;

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
  /** The most notices a year lists, and the longest address of one (the year's source keeps 1000). */
  public static final int MAX_PAPERS = 10;
  public static final int MAX_PAPER_LENGTH = 500;

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
    if (papers.size() > MAX_PAPERS) {
      throw new BadRequestException("papers", "字段 papers 最多 " + MAX_PAPERS + " 个通知地址 (at most "
          + MAX_PAPERS + " papers)");
    }
    for (int i = 0; i < papers.size(); i++) {
      String paper = papers.get(i);
      String field = "papers[" + i + "]";
      if (paper == null || paper.isBlank()) {
        throw new BadRequestException(field, "字段 " + field + " 为空 (" + field + " is empty)");
      }
      InputRules.check(field, paper, MAX_PAPER_LENGTH);
      if (!paper.matches("https?://\\S+")) {
        throw new BadRequestException(field, "字段 " + field + " 应为 http(s) 地址 (" + field
            + " must be an http or https address)");
      }
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
      InputRules.check(prefix + ".name", day.name(), MAX_NAME_LENGTH);
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
      if (!day.offDay() && day.date().getDayOfWeek().getValue() < 6) {
        throw new BadRequestException(prefix + ".isOffDay", "字段 " + prefix + ".date " + day.date()
            + " 是工作日（" + day.date().getDayOfWeek() + "），调休上班日只能是周六或周日 (a make-up "
            + "working day must be a Saturday or a Sunday)");
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
