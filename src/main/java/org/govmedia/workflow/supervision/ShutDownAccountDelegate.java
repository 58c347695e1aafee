package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.account.FilingEvent;
import org.govmedia.workflow.account.RecordDeregistrationActorListener;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.filing.FilingStarter;
import org.springframework.stereotype.Component;

/**
 * 登记关停 The owner unit announced the shutdown and deregistered the account: the register marks it
 * SHUT_DOWN and the CANCEL filing (account-filing) starts with today as its event day (gaoxian 7(3)).
 * Only after the ladder's decision SHUTDOWN in this instance's record ({@link LadderDecision}).
 */
@Component("shutDownAccountDelegate")
public class ShutDownAccountDelegate implements JavaDelegate {

  private final AccountRegister register;
  private final SupervisionRecords records;
  private final FilingStarter filings;
  private final WorkingCalendar calendar;
  private final LadderDecision ladder;

  public ShutDownAccountDelegate(AccountRegister register, SupervisionRecords records,
      FilingStarter filings, WorkingCalendar calendar, LadderDecision ladder) {
    this.register = register;
    this.records = records;
    this.filings = filings;
    this.calendar = calendar;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ladder.requireShutdown(execution); // without the ladder's SHUTDOWN: an incident, nothing changed
    String accountId = (String) execution.getVariable(ACCOUNT_ID);
    register.changeStatus(accountId, AccountStatus.SHUT_DOWN,
        RecordDeregistrationActorListener.of(execution),
        "关停 Shut down (" + execution.getVariable(PERIOD) + "): 已公告并在平台注销 announced and deregistered");
    records.shutDown(id(execution.getVariable(SUPERVISION_ID)));
    var filing = filings.start(accountId, FilingEvent.CANCEL, calendar.today(), Map.of());
    execution.setVariable("cancelFilingInstanceId", filing.getId());
  }
}
