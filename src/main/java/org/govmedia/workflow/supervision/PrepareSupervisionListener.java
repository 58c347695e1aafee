package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Start of account-supervision: {@code accountId} must be an account of the register; the account's
 * rule set, class, name, unit and unfiled mark become variables; {@code period} defaults to this
 * month; a supervision started by hand gets its gm_supervision row and the business key
 * accountId:period here (a round's come with {@code supervisionId} and the key).
 */
@Component("prepareSupervisionListener")
public class PrepareSupervisionListener implements ExecutionListener {

  private final AccountRegister register;
  private final SupervisionRecords records;
  private final WorkingCalendar calendar;

  public PrepareSupervisionListener(AccountRegister register, SupervisionRecords records,
      WorkingCalendar calendar) {
    this.register = register;
    this.records = records;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object given = execution.getVariable(ACCOUNT_ID);
    Account account = register.find(given).orElseThrow(() -> RefusedInput.forClerk(ACCOUNT_ID,
        "台账中没有编号为 " + given + " 的账号"));
    String accountId = account.getId().toString();
    String period = SupervisionVariables.period(execution.getVariable(PERIOD), "MONTHLY", calendar.today());
    execution.setVariable(ACCOUNT_ID, accountId);
    execution.setVariable(PERIOD, period);
    execution.setVariable(RULE_SET, account.getRuleSet());
    execution.setVariable("accountClass", account.getAccountClass().name());
    execution.setVariable("accountName", account.getName());
    execution.setVariable(OWNER_UNIT, account.getOwnerUnit());
    execution.setVariable("platform", account.getPlatform().name());
    execution.setVariable(UNFILED, account.isUnfiled());
    execution.setVariable(OVERDUE, false);
    execution.setVariable(INTERVIEWED, false);
    execution.setVariable(RECTIFIED, null);
    if (!execution.hasVariable(ROUND_ID)) {
      execution.setVariable(ROUND_ID, null);
    }
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      businessKey = accountId + ":" + period;
      execution.setProcessBusinessKey(businessKey);
    }
    Object supervisionId = execution.getVariable(SUPERVISION_ID);
    long id = supervisionId != null ? id(supervisionId)
        : records.create(account.getId(), period, year(period), businessKey);
    execution.setVariable(SUPERVISION_ID, id);
    records.started(id, execution.getProcessInstanceId());
  }
}
