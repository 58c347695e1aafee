package org.govmedia.workflow.account;

/** No account of the register has the given id (answered 404 by /api/accounts). */
public class AccountNotFoundException extends RuntimeException {

  public AccountNotFoundException(Object id) {
    super("台账中没有编号为 " + id + " 的账号 (no account with id " + id + " in the register)");
  }
}
