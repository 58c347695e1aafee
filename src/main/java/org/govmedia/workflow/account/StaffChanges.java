package org.govmedia.workflow.account;

/**
 * A change of an account's responsible people and the STAFF_CHANGE filing it owes (gaoxian 7(1)).
 * The register's side; the filing feature carries it out ({@code filing.FilingStarter}), so account/
 * does not depend on filing/.
 */
public interface StaffChanges {

  /** New responsible people and the STAFF_CHANGE filing, event day today, in one transaction. */
  StaffChange changeResponsiblePeople(Object accountId, ResponsiblePeople people, String actor);

  /** The account after the change and the filing it started. */
  record StaffChange(Account account, String filingProcessInstanceId, String filingBusinessKey) {}
}
