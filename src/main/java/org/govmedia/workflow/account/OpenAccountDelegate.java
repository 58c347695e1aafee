package org.govmedia.workflow.account;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/** 开设 The main leader approved: PLANNED -> PENDING_FILING, opened today; {@code eventDate} = today. */
@Component("openAccountDelegate")
public class OpenAccountDelegate implements JavaDelegate {

  private final AccountRegister register;
  private final WorkingCalendar calendar;

  public OpenAccountDelegate(AccountRegister register, WorkingCalendar calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var today = calendar.today();
    register.open(execution.getVariable("accountId"), today, (String) execution.getVariable("decidedBy"),
        "主要领导批准开设 Opening approved by the main leader");
    execution.setVariable("eventDate", today.toString());
  }
}
