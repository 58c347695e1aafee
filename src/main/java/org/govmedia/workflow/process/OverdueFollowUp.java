package org.govmedia.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a process does beyond its overdue flag when one of its deadlines passes (a notice, a mark in
 * a register). {@link MarkOverdueDelegate} calls the follow-ups of the process whose timer fired.
 */
public interface OverdueFollowUp {

  /** The key of the process this follow-up belongs to, e.g. {@code message-reply}. */
  String processKey();

  /** Runs after {@code flag} (e.g. {@code overdue}) was set on the process instance. */
  void overdue(DelegateExecution execution, String flag);
}
