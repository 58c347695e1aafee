package org.govmedia.workflow.publication;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is completing a task: the logged-in user, or else the task's assignee. */
final class Signer {

  private Signer() {}

  static String of(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = current != null ? current.getUserId() : task.getAssignee();
    if (user == null || user.isBlank()) {
      throw new BadUserRequestException("签署人：请先登录或认领任务再办理");
    }
    return user;
  }
}
