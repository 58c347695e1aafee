package org.govmedia.workflow.filing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.FilingEvent;
import org.govmedia.workflow.account.ResponsiblePeople;
import org.govmedia.workflow.account.StaffChanges;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.process.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts {@code account-filing} for an event the register itself sees: a change of the responsible
 * people (gaoxian 7(1): STAFF_CHANGE). The caller was allowed to change the register (SecurityConfig);
 * the filing it owes is started by the application, so it runs without the caller's engine
 * authorizations (a supervisor may correct the people but does not start filings in Tasklist).
 */
@Service
public class FilingStarter implements StaffChanges {

  public static final String PROCESS_KEY = "account-filing";

  private final ProcessEngine engine;
  private final AccountRegister register;
  private final WorkingCalendar calendar;

  public FilingStarter(ProcessEngine engine, AccountRegister register, WorkingCalendar calendar) {
    this.engine = engine;
    this.register = register;
    this.calendar = calendar;
  }

  /** New responsible people and the STAFF_CHANGE filing, event day today, in one transaction. */
  @Override
  @Transactional
  public StaffChange changeResponsiblePeople(Object accountId, ResponsiblePeople people, String actor) {
    Account account = register.updatePeople(accountId, people);
    Map<String, Object> variables = new HashMap<>();
    variables.put("changedBy", actor);
    ProcessInstance instance = start(account.getId().toString(), FilingEvent.STAFF_CHANGE,
        calendar.today(), variables);
    return new StaffChange(account, instance.getId(), instance.getBusinessKey());
  }

  /** Starts a filing of the event on the given day, as the application. */
  @Transactional
  public ProcessInstance start(String accountId, FilingEvent event, LocalDate eventDate,
      Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put(ProcessVariables.ACCOUNT_ID, accountId);
    variables.put(FilingVariables.FILING_EVENT, event.name());
    variables.put(FilingVariables.EVENT_DATE, eventDate.toString());
    return AsApplication.run(engine, () -> engine.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(FilingVariables.businessKey(accountId, event.name(), eventDate.toString()))
        .setVariables(variables).execute());
  }
}
