package org.govmedia.workflow.account;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/** 注销 Deregistered on the platform: status CLOSED (reason in the history); {@code eventDate} = today. */
@Component("closeAccountDelegate")
public class CloseAccountDelegate implements JavaDelegate {

  private final AccountRegister register;
  private final WorkingCalendar calendar;

  public CloseAccountDelegate(AccountRegister register, WorkingCalendar calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.changeStatus(execution.getVariable("accountId"), AccountStatus.CLOSED, Actor.current(),
        "已公告并在平台注销 Announced and deregistered: " + execution.getVariable("closingReason"));
    execution.setVariable("eventDate", calendar.today().toString());
  }
}
