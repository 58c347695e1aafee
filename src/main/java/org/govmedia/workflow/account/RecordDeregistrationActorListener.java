package org.govmedia.workflow.account;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.govmedia.workflow.process.Actor;
import org.springframework.stereotype.Component;

/**
 * 平台注销 Who recorded the deregistration: the step that changes the register's status runs later
 * as a job of its own (asyncBefore, so that a missing approval is an incident), where nobody is
 * logged in; it names this user in the account's history. Set on completion, so a value sent at
 * the start or in the completion is overwritten.
 */
@Component("recordDeregistrationActorListener")
public class RecordDeregistrationActorListener implements TaskListener {

  public static final String DEREGISTERED_BY = "deregisteredBy";

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(DEREGISTERED_BY, Actor.current());
  }

  /** The user who recorded the deregistration, or "system" where none did. */
  public static String of(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return scope.getVariable(DEREGISTERED_BY) instanceof String user && !user.isBlank() ? user : Actor.SYSTEM;
  }
}
