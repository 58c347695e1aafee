package org.govmedia.workflow.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar over HTTP. Reading ({@code GET}) is open to every user; changing a year
 * ({@code PUT}/{@code DELETE /api/calendar/years/{year}}) is for {@code camunda-admin} (see
 * {@code identity.SecurityConfig}).
 */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  /** The answer of {@code add-working-days}. */
  public record DateAnswer(LocalDate date) {}

  /** The answer of {@code is-working-day}; {@code name} only for a day of a holiday arrangement. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record WorkingDayAnswer(LocalDate date, boolean workingDay, String name) {}

  /** The most working days add-working-days counts: ten years (about 2,500 working days) and more. */
  public static final int MAX_DAYS = 3660;

  private final WorkingCalendar calendar;
  private final CalendarAdminService admin;

  public CalendarController(WorkingCalendar calendar, CalendarAdminService admin) {
    this.calendar = calendar;
    this.admin = admin;
  }

  /** {@code GET /api/calendar/add-working-days?from=2025-09-26&days=5} → {@code {"date":"2025-10-10"}}. */
  @GetMapping("/add-working-days")
  public DateAnswer addWorkingDays(
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam("days") Integer days) {
    InputRules.date(from, "from");
    if (days < 0 || days > MAX_DAYS) {
      throw new BadRequestException("days", "参数 days 应在 0 到 " + MAX_DAYS + " 之间 (days must be "
          + "between 0 and " + MAX_DAYS + "): " + days);
    }
    try {
      return new DateAnswer(calendar.addWorkingDays(from, days));
    } catch (DateTimeException | ArithmeticException e) {
      throw new BadRequestException("days", "parameter 'days' is too large: " + days);
    }
  }

  /** {@code GET /api/calendar/is-working-day?date=2025-10-01} → date, workingDay and the holiday's name. */
  @GetMapping("/is-working-day")
  public WorkingDayAnswer isWorkingDay(
      @RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    InputRules.date(date, "date");
    return new WorkingDayAnswer(date, calendar.isWorkingDay(date), calendar.holidayName(date));
  }

  /** The covered years with their day counts and source. */
  @GetMapping("/years")
  public List<CalendarRepository.YearSummary> years() {
    return admin.years();
  }

  /** Replaces a year's arrangement (same JSON as the shipped files); 400 naming the field, nothing written. */
  @PutMapping("/years/{year}")
  public CalendarRepository.YearSummary replaceYear(@PathVariable("year") int year,
      @RequestBody HolidayYear arrangement, Principal principal) {
    return admin.replaceYear(year, arrangement, principal == null ? "anonymous" : principal.getName());
  }

  /** Removes a year's arrangement (a shipped year goes back to its file); 404 when it had none. */
  @DeleteMapping("/years/{year}")
  public ResponseEntity<Map<String, Object>> deleteYear(@PathVariable("year") int year,
      Principal principal) {
    boolean existed = admin.deleteYear(year, principal == null ? "anonymous" : principal.getName());
    return existed
        ? ResponseEntity.ok(Map.of("year", year, "deleted", true))
        : ResponseEntity.status(404).body(Map.of("year", year, "deleted", false));
  }
}
