package org.govmedia.workflow.filing;

/** Variable names of {@code account-filing} and its business key. */
public final class FilingVariables {

  public static final String FILING_EVENT = "filingEvent";
  public static final String EVENT_DATE = "eventDate";
  public static final String FILING_DEADLINE = "filingDeadline";
  public static final String COMMENT = "comment";
  public static final String SEND_BACK_REASON = "sendBackReason";
  public static final String SUBMITTED_BY = "submittedBy";
  /** When the unit first submitted (the deadline binds this submission). */
  public static final String FIRST_SUBMITTED_AT = "firstSubmittedAt";
  /** Whether the unit has submitted at least once; set just before the gateway that asks. */
  public static final String SUBMITTED_BEFORE = "submittedBefore";
  public static final String CONFIRMATION_OVERDUE = "confirmationOverdue";

  private FilingVariables() {}

  /** {@code <accountId>:<EVENT>:<eventDate>}, e.g. {@code 42:OPEN:2025-09-26}. */
  public static String businessKey(String accountId, String event, String eventDate) {
    return accountId + ":" + event + ":" + eventDate;
  }
}
