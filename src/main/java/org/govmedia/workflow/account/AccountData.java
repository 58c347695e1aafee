package org.govmedia.workflow.account;

import java.time.LocalDate;

/**
 * Validated data of a new account (from POST /api/accounts or the start of account-opening);
 * {@code operator} is the third party running it (gaoxian 1), null when the unit runs it itself.
 */
public record AccountData(String name, AccountPlatform platform, AccountClass accountClass,
    String ownerUnit, String ruleSet, String link, LocalDate openedOn, ResponsiblePeople people,
    ThirdPartyOperator operator) {

  /** An account the owner unit runs itself (no third-party operator). */
  public AccountData(String name, AccountPlatform platform, AccountClass accountClass,
      String ownerUnit, String ruleSet, String link, LocalDate openedOn, ResponsiblePeople people) {
    this(name, platform, accountClass, ownerUnit, ruleSet, link, openedOn, people, null);
  }
}
