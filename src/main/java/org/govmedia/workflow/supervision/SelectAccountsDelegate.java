package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.account.AccountValidator;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.process.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 选定检查账号 Selects the round's accounts (inspection-sample: FULL or SAMPLE with its share):
 * writes the round and one gm_supervision row per account; sets {@code roundId}, {@code period},
 * {@code accountCount}, {@code startedCount} = 0, {@code moreToStart}; business key ruleSet:period.
 */
@Component("selectAccountsDelegate")
public class SelectAccountsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SelectAccountsDelegate.class);

  private final SupervisionRecords records;
  private final WorkingCalendar calendar;

  public SelectAccountsDelegate(SupervisionRecords records, WorkingCalendar calendar) {
    this.records = records;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ruleSet = (String) execution.getVariable(RULE_SET);
    String kind = (String) execution.getVariable(ROUND_KIND);
    int percent = ((Number) execution.getVariable(SAMPLE_PERCENT)).intValue();
    String period = SupervisionVariables.period(execution.getVariable(PERIOD),
        (String) execution.getVariable(CADENCE), calendar.today());
    String ownerUnit = AccountValidator.textFilter(execution.getVariable(OWNER_UNIT));
    long roundId = records.createRound(ruleSet, period, kind, percent, ownerUnit, Actor.current(),
        execution.getProcessInstanceId());
    int count = records.select(roundId, ruleSet, ownerUnit, period, year(period), "SAMPLE".equals(kind),
        percent);
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(ruleSet + ":" + period + ":" + roundId);
    }
    execution.setVariable(PERIOD, period);
    execution.setVariable(ROUND_ID, roundId);
    execution.setVariable(ACCOUNT_COUNT, count);
    execution.setVariable(STARTED_COUNT, 0);
    execution.setVariable(MORE_TO_START, count > 0);
    LOG.info("Inspection round {} ({} {}, {}): {} accounts selected", roundId, ruleSet, period, kind, count);
  }
}
