package org.govmedia.workflow.account;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.ApprovalJournal;
import org.springframework.stereotype.Component;

/**
 * 注销 Deregistered on the platform: status CLOSED (reason in the history); {@code eventDate} = today.
 * Only after the main leader's approval that approve-closing recorded: without it the step fails
 * into an incident and the account stays as it is.
 */
@Component("closeAccountDelegate")
public class CloseAccountDelegate implements JavaDelegate {

  private final AccountRegister register;
  private final WorkingCalendar calendar;
  private final ApprovalJournal approvals;

  public CloseAccountDelegate(AccountRegister register, WorkingCalendar calendar, ApprovalJournal approvals) {
    this.register = register;
    this.calendar = calendar;
    this.approvals = approvals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    approvals.requireApproved(execution, "approve-closing", "主要领导审批 the main leader's approval");
    register.changeStatus(execution.getVariable("accountId"), AccountStatus.CLOSED,
        RecordDeregistrationActorListener.of(execution),
        "已公告并在平台注销 Announced and deregistered: " + execution.getVariable("closingReason"));
    execution.setVariable("eventDate", calendar.today().toString());
  }
}
