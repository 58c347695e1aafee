package org.govmedia.workflow.account;

import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Start of {@code account-closing}: {@code accountId} of a running account (not PLANNED, not
 * CLOSED), a {@code closingReason}, {@code filingEvent} CLOSE (default) or CANCEL. Refused with
 * "Invalid <field>", nothing stored. Business key: the account id; {@code ruleSet}: the account's.
 */
@Component("prepareClosingListener")
public class PrepareClosingListener implements ExecutionListener {

  private static final Set<FilingEvent> CLOSING_EVENTS = EnumSet.of(FilingEvent.CLOSE, FilingEvent.CANCEL);

  private final AccountRegister register;

  public PrepareClosingListener(AccountRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object id = execution.getVariable("accountId");
    Account account = register.find(id)
        .orElseThrow(() -> RefusedInput.forClerk("accountId", "no account with id " + id + " in the register"));
    if (account.getStatus() == AccountStatus.CLOSED || account.getStatus() == AccountStatus.PLANNED) {
      throw RefusedInput.forClerk("accountId", "account " + id + " is " + account.getStatus()
          + ": only an opened account can be closed");
    }
    Object reason = execution.getVariable("closingReason");
    if (reason == null || reason.toString().isBlank()) {
      throw RefusedInput.forClerk("closingReason", "closingReason is required");
    }
    Object event = execution.getVariable("filingEvent");
    FilingEvent filingEvent;
    try {
      filingEvent = event == null || event.toString().isBlank() ? FilingEvent.CLOSE
          : FilingEvent.valueOf(event.toString().strip());
    } catch (IllegalArgumentException e) {
      filingEvent = null;
    }
    if (filingEvent == null || !CLOSING_EVENTS.contains(filingEvent)) {
      throw RefusedInput.forClerk("filingEvent", "filingEvent '" + event + "' is not one of " + CLOSING_EVENTS);
    }
    String accountId = account.getId().toString();
    execution.setProcessBusinessKey(accountId);
    execution.setVariable("accountId", accountId);
    execution.setVariable("filingEvent", filingEvent.name());
    execution.setVariable(RULE_SET, account.getRuleSet());
    execution.setVariable("name", account.getName());
    execution.setVariable("platform", account.getPlatform().name());
    execution.setVariable("ownerUnit", account.getOwnerUnit());
  }
}
