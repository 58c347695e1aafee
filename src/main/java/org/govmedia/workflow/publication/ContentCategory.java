package org.govmedia.workflow.publication;

/** The content categories of DESIGN.md; which of them need the main leader is the review-chain table's. */
public enum ContentCategory { ROUTINE, POLICY, REPRINT, EMERGENCY, STATISTICS, MAJOR }
