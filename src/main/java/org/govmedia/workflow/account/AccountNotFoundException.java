package org.govmedia.workflow.account;

/** No account of the register has the given id (answered 404 by /api/accounts). */
public class AccountNotFoundException extends RuntimeException {

  public AccountNotFoundException(Object id) {
    super("no account with id " + id + " in the register");
  }
}
