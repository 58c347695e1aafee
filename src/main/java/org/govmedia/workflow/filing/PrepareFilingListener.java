package org.govmedia.workflow.filing;

import static org.govmedia.workflow.filing.FilingVariables.*;
import static org.govmedia.workflow.process.ProcessVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.account.FilingEvent;
import org.govmedia.workflow.account.ResponsiblePerson;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.RefusedInput;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Start of {@code account-filing}: {@code accountId} of the register, {@code filingEvent} of the
 * closed list, {@code eventDate} an ISO date (today when absent); refused with "Invalid <field>",
 * nothing stored. Sets {@code ruleSet} (the account's when absent), {@code overdue=false}, the
 * business key {@code <accountId>:<EVENT>:<eventDate>}, and the account's data for the forms
 * (the annex-1 people pre-filled from the register).
 */
@Component("prepareFilingListener")
public class PrepareFilingListener implements ExecutionListener {

  private final AccountRegister register;
  private final AccountValidator validator;
  private final WorkingCalendar calendar;

  public PrepareFilingListener(AccountRegister register, AccountValidator validator,
      WorkingCalendar calendar) {
    this.register = register;
    this.validator = validator;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object id = execution.getVariable(ACCOUNT_ID);
    Account account = register.find(id)
        .orElseThrow(() -> RefusedInput.forClerk(ACCOUNT_ID, "no account with id " + id + " in the register"));
    FilingEvent event = event(execution.getVariable(FILING_EVENT));
    LocalDate eventDate = eventDate(execution.getVariable(EVENT_DATE));
    String ruleSet;
    try {
      ruleSet = validator.ruleSet(execution.getVariable(RULE_SET), account.getRuleSet());
    } catch (BadRequestException e) {
      throw RefusedInput.forClerk(e);
    }
    String accountId = account.getId().toString();
    execution.setVariable(ACCOUNT_ID, accountId);
    execution.setVariable(FILING_EVENT, event.name());
    execution.setVariable(EVENT_DATE, eventDate.toString());
    execution.setVariable(RULE_SET, ruleSet);
    execution.setVariable(OVERDUE, false);
    execution.setVariable(SEND_BACK_REASON, "");
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(businessKey(accountId, event.name(), eventDate.toString()));
    }
    execution.setVariable("accountName", account.getName());
    execution.setVariable("accountPlatform", account.getPlatform().name());
    execution.setVariable("ownerUnit", account.getOwnerUnit());
    execution.setVariable("openedOn", account.getOpenedOn() == null ? "" : account.getOpenedOn().toString());
    prefill(execution, "leader", account.getLeader());
    prefill(execution, "reviewer", account.getReviewer());
    prefill(execution, "publisher", account.getPublisher());
  }

  private static void prefill(DelegateExecution execution, String role, ResponsiblePerson person) {
    if (person == null || execution.hasVariable(role + "Name")) {
      return;
    }
    execution.setVariable(role + "Name", person.getName());
    execution.setVariable(role + "Title", person.getTitle());
    execution.setVariable(role + "Phone", person.getPhone());
  }

  private static FilingEvent event(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw RefusedInput.forClerk(FILING_EVENT, "filingEvent is required (one of "
          + java.util.Arrays.toString(FilingEvent.values()) + ")");
    }
    try {
      return FilingEvent.valueOf(value.toString().strip());
    } catch (IllegalArgumentException e) {
      throw RefusedInput.forClerk(FILING_EVENT, "filingEvent '" + value + "' is not one of "
          + java.util.Arrays.toString(FilingEvent.values()));
    }
  }

  private LocalDate eventDate(Object value) {
    if (value == null || value.toString().isBlank()) {
      return calendar.today();
    }
    if (value instanceof String text && text.strip().length() != 10) {
      throw RefusedInput.forClerk(EVENT_DATE, "eventDate is not an ISO date (yyyy-MM-dd): '" + value + "'");
    }
    try {
      return calendar.dayOf(value);
    } catch (IllegalArgumentException e) {
      throw RefusedInput.forClerk(EVENT_DATE, "eventDate is not an ISO date (yyyy-MM-dd): '" + value + "'");
    }
  }
}
