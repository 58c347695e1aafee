package org.govmedia.workflow.supervision;

import org.govmedia.workflow.identity.AsApplication;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 按计划启动检查 The timer's run: for every scheduled rule set (govmedia.inspection.scheduled-rule-sets)
 * whose cadence from inspection-sample.dmn is due this month, one inspection-round with that rule set
 * and this month's or quarter's period. Sets {@code scheduledRounds} (the rule sets started).
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
    for (String ruleSet : dueRuleSets(today)) {
      String cadence = cadence(ruleSet);
      String period = SupervisionVariables.period(null, cadence, today);
      AsApplication.run(engine, () -> engine.getRuntimeService().startProcessInstanceByKey(ROUND_PROCESS,
          Variables.createVariables().putValue(RULE_SET, ruleSet).putValue(PERIOD, period)));
      started.add(ruleSet + ":" + period);
    }
    execution.setVariable("scheduledRounds", String.join(",", started));
    LOG.info("Inspection schedule {}: rounds started {}", today, started);
  }

  /** The scheduled rule sets whose cadence is due in the month of the day. */
  public List<String> dueRuleSets(LocalDate day) {
    return schedule.getScheduledRuleSets().stream()
        .filter(ruleSet -> InspectionSchedule.due(cadence(ruleSet), day.getMonthValue())).toList();
  }

  private String cadence(String ruleSet) {
    Map<String, Object> row = AsApplication.run(engine, () -> engine.getDecisionService()
        .evaluateDecisionTableByKey("inspection-sample")
        .variables(Variables.createVariables().putValue(RULE_SET, ruleSet)).evaluate()
        .getSingleResult().getEntryMap());
    return (String) row.get(CADENCE);
  }
}
