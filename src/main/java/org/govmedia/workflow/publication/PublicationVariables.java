package org.govmedia.workflow.publication;

/**
 * The process variables of content-publication and the ones the process keeps itself. The names
 * other processes use too ({@code ruleSet}, {@code approved}, {@code comment}) are in
 * {@link org.govmedia.workflow.process.ProcessVariables}.
 */
public final class PublicationVariables {

  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String CATEGORY = "contentCategory";
  public static final String ACCOUNT_IDS = "accountIds";
  public static final String SOURCE = "source";
  /** The decision of the level just completed, for the gateway after it: transient, set from
   *  {@code approved} when the journal has the signature ({@link SignReviewListener}). */
  public static final String PASSED = "passed";
  /** The last screening's hits, one readable line each (word, position, list, correction); the
   *  structured copy is in {@link ScreeningJournal}. */
  public static final String SCREENING_HITS = "screeningHits";
  /** The comments and rejections so far, readable, for the forms; the whole record is {@link ReviewLog}. */
  public static final String REVIEW_COMMENTS = "reviewComments";
  /** Rises with every correction after a withdrawal, so each publication round has its own outbox keys. */
  public static final String ROUND = "publicationRound";
  /** 初审's statement that the confidentiality check was made (保密审查, baicheng art. 6); kept in the journal. */
  public static final String SECRECY_CHECKED = "secrecyChecked";
  /** The unit whose work the item touches, consulted before 终审 (baicheng art. 4); "" when none. */
  public static final String CONSULTED_UNIT = "consultedUnit";
  /** The public correction or apology of a withdrawn item (yanchi annex 2 art. 18(4)). */
  public static final String CORRECTION_NOTICE = "correctionNotice";
  /** The review-pace decision's time for each signature (ISO-8601 duration), absent for none. */
  public static final String REVIEW_DUE = "reviewDue";
  /** The review-pace decision's task priority. */
  public static final String REVIEW_PRIORITY = "reviewPriority";
  public static final String PROCESS_KEY = "content-publication";
  /** The item's id (its business key), for the forms' link to its record. */
  public static final String ITEM_ID = "itemId";
  /** The accounts an item goes out on, by name and platform in Chinese, for the reviewers' forms. */
  public static final String ACCOUNT_NAMES = "accountNames";

  private PublicationVariables() {}

  /**
   * Gives the steps of this transaction a value without storing it with the item. A stored variable
   * of the same name (a client may have sent one) cannot turn transient, so it is overwritten instead:
   * the process's own value wins either way.
   */
  public static void setTransient(org.camunda.bpm.engine.delegate.VariableScope variables, String name,
      Object value) {
    org.camunda.bpm.engine.variable.value.TypedValue present = variables.getVariableTyped(name);
    boolean stored = present != null && !present.isTransient();
    variables.setVariable(name, org.camunda.bpm.engine.variable.Variables.untypedValue(value, !stored));
  }

  /** The publication round of an item: 1 until a withdrawal starts a correction. */
  public static int round(org.camunda.bpm.engine.delegate.VariableScope variables) {
    Object round = variables.getVariable(ROUND);
    return round instanceof Number n ? n.intValue() : 1;
  }
}
