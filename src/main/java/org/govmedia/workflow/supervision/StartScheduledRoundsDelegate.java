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
 * 按计划启动检查 The timer's run: for every scheduled rule set (govmedia.inspection.scheduled-rule-sets)
 * whose cadence from inspection-sample.dmn is due, one inspection-round with that rule set for the
 * month or quarter that has just ended (the last month before today's; a quarter when that month
 * ends one), so that every day of every period is checked once it is over. Sets {@code
 * scheduledRounds} (the rule sets and periods started).
 */
@Component("startScheduledRoundsDelegate")
public class StartScheduledRoundsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartScheduledRoundsDelegate.class);

  private final InspectionSchedule schedule;
  private final ProcessEngine engine;
  private final WorkingCalendar calendar;

  public StartScheduledRoundsDelegate(InspectionSchedule schedule, ProcessEngine engine,
      WorkingCalendar calendar) {
    this.schedule = schedule;
    this.engine = engine;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = calendar.today();
    List<String> started = new ArrayList<>();
    LocalDate lastMonth = today.minusMonths(1);
    for (String ruleSet : dueRuleSets(today)) {
      String cadence = cadence(ruleSet);
      String period = SupervisionVariables.period(null, cadence, lastMonth);
      AsApplication.run(engine, () -> engine.getRuntimeService().startProcessInstanceByKey(ROUND_PROCESS,
          Variables.createVariables().putValue(RULE_SET, ruleSet).putValue(PERIOD, period)));
      started.add(ruleSet + ":" + period);
    }
    execution.setVariable("scheduledRounds", String.join(",", started));
    LOG.info("Inspection schedule {}: rounds started {}", today, started);
  }

  /** The scheduled rule sets whose period ends with the month before the day's. */
  public List<String> dueRuleSets(LocalDate day) {
    int endedMonth = day.minusMonths(1).getMonthValue();
    return schedule.getScheduledRuleSets().stream()
        .filter(ruleSet -> InspectionSchedule.due(cadence(ruleSet), endedMonth)).toList();
  }

  private String cadence(String ruleSet) {
    Map<String, Object> row = AsApplication.run(engine, () -> engine.getDecisionService()
        .evaluateDecisionTableByKey("inspection-sample")
        .variables(Variables.createVariables().putValue(RULE_SET, ruleSet)).evaluate()
        .getSingleResult().getEntryMap());
    return (String) row.get(CADENCE);
  }
}
