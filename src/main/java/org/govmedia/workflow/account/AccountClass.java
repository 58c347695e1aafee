package org.govmedia.workflow.account;

/** The account classes the update-frequency table distinguishes (update-frequency.dmn input accountClass). */
public enum AccountClass { MAIN, TWO_MICRO_ONE_APP, OTHER }
