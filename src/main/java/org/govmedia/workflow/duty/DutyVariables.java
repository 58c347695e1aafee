package org.govmedia.workflow.duty;

/** Variable names of {@code holiday-duty} and its business key. */
public final class DutyVariables {

  public static final String PROCESS_KEY = "holiday-duty";
  public static final String PERIOD_NAME = "periodName";
  public static final String PERIOD_START = "periodStart";
  public static final String PERIOD_END = "periodEnd";
  /** CALENDAR (a holiday period of the State Council arrangement) or SUPERVISOR (an important period). */
  public static final String PERIOD_SOURCE = "periodSource";
  public static final String ROSTER_LEAD_WORKING_DAYS = "rosterLeadWorkingDays";
  public static final String ROSTER_DEADLINE = "rosterDeadline";
  public static final String DUTY_ROSTER = "dutyRoster";
  public static final String ROSTER_SET_BY = "rosterSetBy";
  /** Element variable of the daily multi-instance: the duty day, ISO date. */
  public static final String DUTY_DAY = "dutyDay";
  public static final String DUTY_USER = "dutyUser";
  public static final String LEAD_ON_DUTY = "leadOnDuty";
  public static final String DUTY_ACCOUNTS = "dutyAccounts";
  public static final String DUTY_DAY_START = "dutyDayStart";
  public static final String DUTY_DAY_END = "dutyDayEnd";
  public static final String CHANNELS_READ = "channelsRead";
  public static final String PROBLEMS_FOUND = "problemsFound";
  public static final String PROBLEMS_FIXED = "problemsFixed";
  public static final String NOTICES_ACKNOWLEDGED = "noticesAcknowledged";
  public static final String CHECKED_BY = "checkedBy";
  public static final String CHECK_OVERDUE = "checkOverdue";

  public static final String SOURCE_CALENDAR = "CALENDAR";
  public static final String SOURCE_SUPERVISOR = "SUPERVISOR";

  private DutyVariables() {}

  /** {@code duty:<periodStart>:<name>}, e.g. {@code duty:2025-10-01:国庆节、中秋节}. */
  public static String businessKey(String periodStart, String name) {
    return "duty:" + periodStart + ":" + name;
  }
}
