package org.govmedia.workflow.duty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.web.BadRequestException;
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
    Object nameValue = values.get(nameField);
    String name = nameValue == null ? null : nameValue.toString().strip();
    if (name == null || name.isEmpty()) {
      throw new BadRequestException(nameField, nameField + " is required (e.g. 全国两会 Two Sessions)");
    }
    if (name.length() > 100) {
      throw new BadRequestException(nameField, nameField + " is longer than 100 characters");
    }
    LocalDate start = date(values.get(startField), startField);
    LocalDate end = date(values.get(endField), endField);
    if (end.isBefore(start)) {
      throw new BadRequestException(endField, endField + " " + end + " is before " + startField + " "
          + start);
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
      return date;
    }
    if (value == null || value.toString().isBlank()) {
      throw new BadRequestException(field, field + " is required (ISO date yyyy-MM-dd)");
    }
    try {
      return LocalDate.parse(value.toString().strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(field, field + " is not an ISO date (yyyy-MM-dd): '" + value + "'");
    }
  }
}
