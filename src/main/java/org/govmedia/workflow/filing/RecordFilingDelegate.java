package org.govmedia.workflow.filing;

import static org.govmedia.workflow.filing.FilingVariables.*;
import static org.govmedia.workflow.process.ProcessVariables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.account.FilingEvent;
import org.govmedia.workflow.account.FilingRecord;
import org.springframework.stereotype.Component;

/**
 * 备案登记 The supervising office confirmed the filing: the register records it (filedAt, the annex-1
 * people, a filing row; for OPEN: PENDING_FILING -> ACTIVE and no longer unfiled).
 */
@Component("recordFilingDelegate")
public class RecordFilingDelegate implements JavaDelegate {

  private final AccountRegister register;
  private final AccountValidator validator;

  public RecordFilingDelegate(AccountRegister register, AccountValidator validator) {
    this.register = register;
    this.validator = validator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) execution.getVariable(FILING_DEADLINE);
    FilingRecord record = new FilingRecord(
        FilingEvent.valueOf((String) execution.getVariable(FILING_EVENT)),
        LocalDate.parse((String) execution.getVariable(EVENT_DATE)),
        deadline == null ? null : deadline.toInstant(),
        Boolean.TRUE.equals(execution.getVariable(OVERDUE)),
        validator.completePeople(FilingPeople.flat(execution.getVariables())),
        (String) execution.getVariable(SUBMITTED_BY),
        (String) execution.getVariable("decidedBy"),
        execution.getProcessInstanceId());
    register.recordFiling(execution.getVariable(ACCOUNT_ID), record);
  }
}
