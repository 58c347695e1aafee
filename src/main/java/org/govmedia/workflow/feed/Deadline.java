package org.govmedia.workflow.feed;

import java.util.Date;

/**
 * One deadline of a feed: a stable id (the VEVENT's UID), the Chinese-first summary, a description,
 * the due instant, and the Tasklist address where there is a task to open (else null).
 */
public record Deadline(String uid, String summary, String description, Date due, String url) {}
