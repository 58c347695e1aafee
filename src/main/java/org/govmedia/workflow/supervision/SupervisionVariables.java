package org.govmedia.workflow.supervision;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.govmedia.workflow.process.RefusedInput;

/** Variable names of inspection-round and account-supervision, and the period format. */
public final class SupervisionVariables {

  public static final String ROUND_PROCESS = "inspection-round";
  public static final String SUPERVISION_PROCESS = "account-supervision";
  public static final String DECIDED_MESSAGE = "supervisions-decided";

  public static final String PERIOD = "period";
  public static final String ROUND_ID = "roundId";
  /** Whether every supervision of the round is decided; set just before the gateway that asks. */
  public static final String ALL_DECIDED = "allDecided";
  public static final String ROUND_KIND = "roundKind";
  public static final String SAMPLE_PERCENT = "samplePercent";
  public static final String CADENCE = "cadence";
  public static final String ACCOUNT_COUNT = "accountCount";
  public static final String STARTED_COUNT = "startedCount";
  public static final String MORE_TO_START = "moreToStart";
  public static final String REPORT_SUMMARY = "reportSummary";

  public static final String SUPERVISION_ID = "supervisionId";
  public static final String AUTOMATED_FINDINGS = "automatedFindings";
  public static final String AUTOMATED_FINDINGS_JSON = "automatedFindingsJson";
  public static final String AUTOMATED_PROBLEM = "automatedProblem";
  public static final String UNFILED = "unfiled";
  public static final String PROMINENT_PROBLEM = "prominentProblem";
  public static final String FINDINGS = "findings";
  public static final String PROBLEM_COUNT = "problemCount";
  public static final String ESCALATION_ACTION = "escalationAction";
  public static final String INTERVIEWED = "interviewed";
  public static final String RECTIFIED = "rectified";
  /** DISCRETION: the measure the supervisor picked from supervision-measures, and why. */
  public static final String MEASURE = "measure";
  public static final String MEASURE_REASON = "measureReason";
  public static final String MEASURE_CHOSEN_BY = "measureChosenBy";
  public static final String MEASURE_OPTIONS_TEXT = "measureOptionsText";
  /** The window problems are counted over (ISO-8601 period, e.g. P12M), set by the model. */
  public static final String PROBLEM_WINDOW = "problemWindow";

  /** 2025-10 (a month) or 2025-Q4 (a quarter). */
  private static final Pattern PERIOD_FORMAT = Pattern.compile("\\d{4}-(0[1-9]|1[0-2]|Q[1-4])");

  private SupervisionVariables() {}

  /** The first and the last day of a period ({@code 2025-10}: October; {@code 2025-Q4}: Oct to Dec). */
  public static LocalDate[] periodDays(String period) {
    int year = year(period);
    String rest = period.substring(5);
    LocalDate first = rest.startsWith("Q")
        ? LocalDate.of(year, (Integer.parseInt(rest.substring(1)) - 1) * 3 + 1, 1)
        : LocalDate.of(year, Integer.parseInt(rest), 1);
    LocalDate last = first.plusMonths(rest.startsWith("Q") ? 3 : 1).minusDays(1);
    return new LocalDate[] {first, last};
  }

  /** The period given, checked, or today's month or quarter by the cadence. */
  public static String period(Object given, String cadence, LocalDate today) {
    if (given != null && !given.toString().isBlank()) {
      String text = given.toString().strip();
      if (!PERIOD_FORMAT.matcher(text).matches()) {
        throw RefusedInput.forClerk(PERIOD, "期间格式应为 2025-10（月）或 2025-Q4（季度），实为「" + text + "」");
      }
      return text;
    }
    if ("QUARTERLY".equals(cadence)) {
      return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }
    return String.format("%d-%02d", today.getYear(), today.getMonthValue());
  }

  public static int year(String period) {
    return Integer.parseInt(period.substring(0, 4));
  }

  public static long id(Object value) {
    return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().strip());
  }

}
