package org.govmedia.workflow.reporting;

/** Variable names of quarterly-report. */
public final class ReportingVariables {

  public static final String PROCESS = "quarterly-report";
  public static final String QUARTER = "quarter";
  public static final String SCHEDULED_RUN = "scheduledRun";
  public static final String REPORT_DEADLINE = "reportDeadline";
  public static final String SUBMITTED_ON = "submittedOn";
  public static final String PUBLISHED_LINK = "publishedLink";

  private ReportingVariables() {}

  /** Business key of a quarter's report: {@code henan-2019:2025-Q3} (with {@code :unit} when for one unit). */
  public static String businessKey(String ruleSet, String quarter, String ownerUnit) {
    String key = ruleSet + ":" + quarter;
    return ownerUnit == null || ownerUnit.isBlank() ? key : key + ":" + ownerUnit;
  }
}
