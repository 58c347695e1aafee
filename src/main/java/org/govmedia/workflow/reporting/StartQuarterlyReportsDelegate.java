package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.reporting.ReportingVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.govmedia.workflow.calendar.Quarter;
import org.govmedia.workflow.calendar.WorkingCalendar;
import org.govmedia.workflow.identity.AsApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 按计划启动季度报告 The timer's run: one quarterly-report for the quarter just ended per scheduled
 * rule set (govmedia.reporting.scheduled-rule-sets), unless that quarter's report (business key
 * {@code ruleSet:quarter}) was already started. Sets {@code scheduledReports}.
 */
@Component("startQuarterlyReportsDelegate")
public class StartQuarterlyReportsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartQuarterlyReportsDelegate.class);

  private final QuarterlyReportSchedule schedule;
  private final ProcessEngine engine;
  private final WorkingCalendar calendar;

  public StartQuarterlyReportsDelegate(QuarterlyReportSchedule schedule, ProcessEngine engine,
      WorkingCalendar calendar) {
    this.schedule = schedule;
    this.engine = engine;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String quarter = Quarter.before(calendar.today()).toString();
    List<String> started = new ArrayList<>();
    for (String ruleSet : schedule.getScheduledRuleSets()) {
      String key = businessKey(ruleSet, quarter, null);
      boolean exists = AsApplication.run(engine, () -> engine.getHistoryService()
          .createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
          .processInstanceBusinessKey(key).count() > 0);
      if (exists) {
        continue;
      }
      AsApplication.run(engine, () -> engine.getRuntimeService().createProcessInstanceByKey(PROCESS)
          .businessKey(key).setVariables(Variables.createVariables().putValue(RULE_SET, ruleSet)
              .putValue(QUARTER, quarter)).execute());
      started.add(key);
    }
    execution.setVariable("scheduledReports", String.join(",", started));
    LOG.info("Quarterly report schedule: reports started {}", started);
  }
}
