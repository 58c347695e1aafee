package org.govmedia.workflow.process;

/**
 * The names of the process variables more than one process uses, written once. What only one
 * process uses is in that feature's {@code *Variables} class, which refers here for these.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  /** The rule set whose regulation applies (e.g. {@code gaoxian-2022}). */
  public static final String RULE_SET = "ruleSet";
  /** A deadline of the process has passed (set by {@link MarkOverdueDelegate}); the work goes on. */
  public static final String OVERDUE = "overdue";
  /** The register id of the account concerned. */
  public static final String ACCOUNT_ID = "accountId";
  /** The unit owning the account or the report. */
  public static final String OWNER_UNIT = "ownerUnit";
  /** A decision task's yes/no (approve or refuse, confirm or send back). */
  public static final String APPROVED = "approved";
  /** The reason given with a decision. */
  public static final String COMMENT = "comment";
}
