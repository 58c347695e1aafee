package org.govmedia.workflow.account;

import java.time.LocalDate;

/** Validated data of a new account (from POST /api/accounts or the start of account-opening). */
public record AccountData(String name, AccountPlatform platform, AccountClass accountClass,
    String ownerUnit, String ruleSet, String link, LocalDate openedOn, ResponsiblePeople people) {}
