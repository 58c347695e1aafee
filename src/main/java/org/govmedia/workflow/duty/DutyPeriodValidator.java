package org.govmedia.workflow.duty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.web.BadRequestException;
import org.govmedia.workflow.web.InputRules;
import org.springframework.stereotype.Component;

/**
 * Checks a duty period (POST /api/duty/periods, the start of holiday-duty): a name, a first and a
 * last day (ISO dates, last not before first), at most {@link #MAX_DAYS} days, an optional rule set
 * of the closed list. A refusal is a {@link BadRequestException} naming the field.
 */
@Component
public class DutyPeriodValidator {

  /**
   * Application limit (no rule): one duty check per day is started for a period, so a period is
   * refused beyond two months; a longer campaign is entered as several periods.
   */
  public static final int MAX_DAYS = 62;

  /**
   * Application limit (no rule): a period is entered at most two years ahead (each period starts a
   * holiday-duty process that waits for it), and not once it is over.
   */
  public static final int MAX_YEARS_AHEAD = 2;

  /** A checked duty period. */
  public record Period(String name, LocalDate start, LocalDate end, String ruleSet) {}

  private final AccountValidator accounts;
  private final GovmediaProperties properties;

  public DutyPeriodValidator(AccountValidator accounts, GovmediaProperties properties) {
    this.accounts = accounts;
    this.properties = properties;
  }

  /** The period of the given fields (names as in the API and the process: name fields given). */
  public Period period(Map<String, ?> values, String nameField, String startField, String endField) {
    String name = InputRules.text(values.get(nameField), nameField, 100);
    if (name == null) {
      throw new BadRequestException(nameField, nameField + " is required (e.g. 全国两会 Two Sessions)");
    }
    LocalDate start = date(values.get(startField), startField);
    LocalDate end = date(values.get(endField), endField);
    if (end.isBefore(start)) {
      throw new BadRequestException(endField, endField + " " + end + " is before " + startField + " "
          + start);
    }
    LocalDate today = InputRules.today();
    if (end.isBefore(today)) {
      throw new BadRequestException(endField, "值班时段已过去：" + endField + " " + end + " 早于今天 "
          + today + " (a duty period that is over is not entered)");
    }
    if (start.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
      throw new BadRequestException(startField, "值班时段太远：" + startField + " " + start + " 晚于 "
          + MAX_YEARS_AHEAD + " 年后的 " + today.plusYears(MAX_YEARS_AHEAD) + " (at most "
          + MAX_YEARS_AHEAD + " years ahead)");
    }
    if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
      throw new BadRequestException(endField, "a duty period has at most " + MAX_DAYS
          + " days (application limit); enter a longer campaign as several periods");
    }
    String ruleSet = accounts.ruleSet(values.get("ruleSet"), properties.defaultRuleSet());
    return new Period(name, start, end, ruleSet);
  }

  private static LocalDate date(Object value, String field) {
    if (value instanceof LocalDate date) {
      return InputRules.date(date, field);
    }
    if (value == null || value.toString().isBlank()) {
      throw new BadRequestException(field, field + " is required (ISO date yyyy-MM-dd)");
    }
    if (!(value instanceof String)) {
      throw new BadRequestException(field, field + " 应为日期文本 yyyy-MM-dd (must be an ISO date text)");
    }
    try {
      return InputRules.date(LocalDate.parse(value.toString().strip()), field);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(field, field + " is not an ISO date (yyyy-MM-dd): '" + value + "'");
    }
  }
}
