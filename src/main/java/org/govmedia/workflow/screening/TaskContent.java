package org.govmedia.workflow.screening;

import java.util.Map;

/**
 * Which tasks hold content a reviewer can have screened from Tasklist (the 内容检查 tab,
 * {@link TaskScreeningController}), and in which variables. Each feature that has such tasks gives
 * one bean: content-publication its item's title and body, message-reply the reply being approved.
 */
public interface TaskContent {

  /** Whether the task {@code taskKey} of the process {@code processKey} holds screenable content. */
  boolean covers(String processKey, String taskKey);

  /** The variables screened, in the order a reviewer reads them, with their Chinese labels. */
  Map<String, String> fields();
}
