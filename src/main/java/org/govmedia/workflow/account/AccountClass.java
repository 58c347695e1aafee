package org.govmedia.workflow.account;

/** The account classes the update-frequency table distinguishes (DESIGN.md). */
public enum AccountClass { MAIN, TWO_MICRO_ONE_APP, OTHER }
