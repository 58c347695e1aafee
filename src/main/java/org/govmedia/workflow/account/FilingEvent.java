package org.govmedia.workflow.account;

/** The account events filed with the supervising office (variable {@code filingEvent}). */
public enum FilingEvent { OPEN, CHANGE, CLOSE, CANCEL, STAFF_CHANGE }
