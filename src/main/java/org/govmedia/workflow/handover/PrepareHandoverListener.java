package org.govmedia.workflow.handover;

import static org.govmedia.workflow.handover.HandoverVariables.*;
import static org.govmedia.workflow.process.ProcessVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.account.EventDates;
import org.govmedia.workflow.account.ResponsiblePerson;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.FormValues;
import org.govmedia.workflow.process.RefusedInput;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Start of {@code staff-handover}: {@code accountId} of the register, {@code handoverRole} (leader,
 * reviewer, publisher), {@code changeReason} (LEAVE, TRANSFER, RESIGN), the successor's
 * {@code successorName}, {@code successorTitle}, {@code successorPhone}, optional
 * {@code successorUserId} (a user: confirm-takeover is assigned to them) and {@code leavingPerson}
 * (the register's person of the role when absent) and {@code changedOn}, the day of the change
 * itself (today when absent; not in the future, not before the account opened: gaoxian 7(1) counts
 * the filing from it); refused with "Invalid <field>", nothing stored.
 * Sets the business key {@code <accountId>:STAFF_HANDOVER:<today>}, the account's data for the
 * forms and {@code ruleSet} (the account's when absent).
 */
@Component("prepareHandoverListener")
public class PrepareHandoverListener implements ExecutionListener {

  private final AccountRegister register;
  private final AccountValidator validator;
  private final WorkingCalendar calendar;
  private final EventDates eventDates;

  public PrepareHandoverListener(AccountRegister register, AccountValidator validator,
      WorkingCalendar calendar, EventDates eventDates) {
    this.register = register;
    this.validator = validator;
    this.calendar = calendar;
    this.eventDates = eventDates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    refuseCredentials(execution.getVariables());
    Object id = execution.getVariable(ACCOUNT_ID);
    Account account = register.find(id)
        .orElseThrow(() -> RefusedInput.forClerk(ACCOUNT_ID, "no account with id " + id + " in the register"));
    String role = FormValues.oneOf(execution.getVariable(HANDOVER_ROLE), HANDOVER_ROLE, ROLES.toArray(String[]::new));
    String reason = FormValues.oneOf(execution.getVariable(CHANGE_REASON), CHANGE_REASON, REASONS.toArray(String[]::new));
    Map<String, Object> successor = new HashMap<>();
    successor.put(role + "Name", execution.getVariable(SUCCESSOR_NAME));
    successor.put(role + "Title", execution.getVariable(SUCCESSOR_TITLE));
    successor.put(role + "Phone", execution.getVariable(SUCCESSOR_PHONE));
    ResponsiblePerson person;
    String ruleSet;
    try {
      person = successorOf(role, successor);
      ruleSet = validator.ruleSet(execution.getVariable(RULE_SET), account.getRuleSet());
    } catch (BadRequestException e) {
      throw RefusedInput.forClerk(e.getField().replace(role + "Name", SUCCESSOR_NAME)
          .replace(role + "Title", SUCCESSOR_TITLE).replace(role + "Phone", SUCCESSOR_PHONE),
          e.getMessage().replace(role + "Name", SUCCESSOR_NAME)
              .replace(role + "Title", SUCCESSOR_TITLE).replace(role + "Phone", SUCCESSOR_PHONE));
    }
    String successorUserId = FormValues.text(execution.getVariable(SUCCESSOR_USER_ID));
    if (successorUserId != null) {
      var identity = execution.getProcessEngineServices().getIdentityService();
      long users = Context.getCommandContext().runWithoutAuthorization(
          () -> identity.createUserQuery().userId(successorUserId).count());
      if (users != 1) {
        throw RefusedInput.forClerk(SUCCESSOR_USER_ID, "'" + successorUserId + "' is not a user id");
      }
    }
    String leaving = FormValues.text(execution.getVariable(LEAVING_PERSON));
    if (leaving == null) {
      ResponsiblePerson current = current(account, role);
      leaving = current == null ? null : current.getName();
    }
    if (leaving == null) {
      throw RefusedInput.forClerk(LEAVING_PERSON, "leavingPerson is required (the register names no "
          + role + ")");
    }
    if (leaving.length() > 100) {
      throw RefusedInput.forClerk(LEAVING_PERSON, "leavingPerson is longer than 100 characters");
    }
    Object changedOn = execution.getVariable(CHANGED_ON);
    String changeDay = changedOn == null || changedOn.toString().isBlank() ? calendar.today().toString()
        : eventDates.check(changedOn, CHANGED_ON, "人员变动日期", account).toString();
    String accountId = account.getId().toString();
    execution.setVariable(CHANGED_ON, changeDay);
    execution.setVariable(ACCOUNT_ID, accountId);
    execution.setVariable(HANDOVER_ROLE, role);
    execution.setVariable(CHANGE_REASON, reason);
    execution.setVariable(LEAVING_PERSON, leaving);
    execution.setVariable(SUCCESSOR_NAME, person.getName());
    execution.setVariable(SUCCESSOR_TITLE, person.getTitle());
    execution.setVariable(SUCCESSOR_PHONE, person.getPhone());
    execution.setVariable(SUCCESSOR_USER_ID, successorUserId);
    execution.setVariable(RULE_SET, ruleSet);
    execution.setVariable("accountName", account.getName());
    execution.setVariable("accountPlatform", account.getPlatform().name());
    execution.setVariable("ownerUnit", account.getOwnerUnit());
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      execution.setProcessBusinessKey(businessKey(accountId, calendar.today().toString()));
    }
  }

  /** The successor as the register's person of the role, checked like the filing record. */
  private ResponsiblePerson successorOf(String role, Map<String, Object> values) {
    Map<String, Object> all = new HashMap<>(values);
    for (String other : ROLES) {
      if (!other.equals(role)) {
        all.put(other + "Name", "-");
        all.put(other + "Title", "-");
        all.put(other + "Phone", "00000");
      }
    }
    var people = validator.completePeople(all);
    return switch (role) {
      case "leader" -> people.leader();
      case "reviewer" -> people.reviewer();
      default -> people.publisher();
    };
  }

  static ResponsiblePerson current(Account account, String role) {
    return switch (role) {
      case "leader" -> account.getLeader();
      case "reviewer" -> account.getReviewer();
      default -> account.getPublisher();
    };
  }
}
