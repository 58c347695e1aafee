package org.govmedia.workflow.publication;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.govmedia.workflow.process.Actor;

/**
 * Who signs a task: the acting user ({@link Actor}), or else, when the application completes it
 * (no one logged in), the task's assignee.
 */
final class Signer {

  private Signer() {}

  static String of(DelegateTask task) {
    String actor = Actor.current();
    String user = Actor.SYSTEM.equals(actor) ? task.getAssignee() : actor;
    if (user == null || user.isBlank()) {
      throw new BadUserRequestException("签署人：请先登录或认领任务再办理");
    }
    return user;
  }
}
