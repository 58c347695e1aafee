package org.govmedia.workflow.reply;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Completing {@code approve-response-plan} (a major public-opinion matter, baicheng art. 10): the plan
 * text is required and the main leader's approval must be given. Records the plan, who approved it and
 * when; refuses otherwise, naming the field, and the task stays open.
 */
@Component("responsePlanCompleteListener")
public class ResponsePlanCompleteListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String plan = TaskFields.text(task.getVariable("responsePlan"));
    if (plan == null) {
      throw new InvalidMessageException("responsePlan", "应对处置方案（responsePlan）为必填项");
    }
    if (!TaskFields.bool(task.getVariable("responsePlanApproved"), "responsePlanApproved", Boolean.FALSE)) {
      throw new InvalidMessageException("responsePlanApproved",
          "应对处置方案须经主要领导审定同意（responsePlanApproved）");
    }
    String approver = task.getAssignee() != null ? task.getAssignee()
        : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
            : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    task.setVariable("responsePlan", plan);
    task.setVariable("responsePlanApproved", Boolean.TRUE);
    task.setVariable("responsePlanApprovedBy", approver);
    task.setVariable("responsePlanApprovedAt", ClockUtil.getCurrentTime());
  }
}
