package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.identity.AsApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 批量启动监管 One asynchronous step of a round: the next {@code batchSize} selected accounts are
 * checked set-wise ({@link SupervisionChecks}) and one account-supervision is started for each
 * (business key accountId:period); logs "n of m". A start variable {@code batchSize} overrides
 * the configured size for one round.
 */
@Component("startSupervisionsDelegate")
public class StartSupervisionsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartSupervisionsDelegate.class);

  private final SupervisionRecords records;
  private final SupervisionChecks checks;
  private final InspectionSchedule schedule;
  private final WorkingCalendar calendar;
  private final ProcessEngine engine;

  public StartSupervisionsDelegate(SupervisionRecords records, SupervisionChecks checks,
      InspectionSchedule schedule, WorkingCalendar calendar, ProcessEngine engine) {
    this.records = records;
    this.checks = checks;
    this.schedule = schedule;
    this.calendar = calendar;
    this.engine = engine;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long roundId = id(execution.getVariable(ROUND_ID));
    String period = (String) execution.getVariable(PERIOD);
    int total = ((Number) execution.getVariable(ACCOUNT_COUNT)).intValue();
    Object size = execution.getVariable("batchSize");
    int batchSize = size instanceof Number n && n.intValue() > 0 ? n.intValue() : schedule.getBatchSize();
    List<SupervisionRecords.Pending> batch = records.nextToStart(roundId, batchSize);
    LocalDate today = calendar.today();
    var results = checks.check(batch.stream().map(p -> new SupervisionChecks.Subject(p.accountId(),
        p.ruleSet(), p.accountClass(), p.unfiled())).toList(), period, today);
    List<Object[]> rows = new ArrayList<>(batch.size());
    for (SupervisionRecords.Pending p : batch) {
      SupervisionChecks.Result result = results.get(p.accountId());
      rows.add(new Object[] {p.supervisionId(), result, checks.toJson(result)});
    }
    records.checkedAll(rows);
    for (SupervisionRecords.Pending p : batch) {
      Map<String, Object> variables = Variables.createVariables()
          .putValue(ACCOUNT_ID, Long.toString(p.accountId())).putValue(SUPERVISION_ID, p.supervisionId())
          .putValue(ROUND_ID, roundId).putValue(PERIOD, period);
      AsApplication.run(engine, () -> engine.getRuntimeService()
          .createProcessInstanceByKey(SUPERVISION_PROCESS).businessKey(p.businessKey())
          .setVariables(variables).execute());
    }
    int started = records.countStarted(roundId, batch.size());
    execution.setVariable(STARTED_COUNT, started);
    execution.setVariable(MORE_TO_START, !batch.isEmpty() && started < total);
    LOG.info("Inspection round {}: {} of {} supervisions started", roundId, started, total);
  }
}
