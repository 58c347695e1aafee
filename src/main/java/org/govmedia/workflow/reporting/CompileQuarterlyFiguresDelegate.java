package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.reporting.ReportingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.calendar.Quarter;
import org.springframework.stereotype.Component;

/**
 * 汇总季度检查结果 The round results of the quarter (every inspection round of the rule set whose
 * period lies in the quarter) summed up for the supervisors to review: {@code roundCount},
 * {@code eligibleCount}, {@code inspectedCount}, {@code passedCount}, {@code prominentCount},
 * {@code automatedProblemCount}, {@code actionSummary}, {@code reportSummary} and
 * {@code reportPath} (the report as JSON, HTML, CSV).
 */
@Component("compileQuarterlyFiguresDelegate")
public class CompileQuarterlyFiguresDelegate implements JavaDelegate {

  private final QuarterlyReports reports;

  public CompileQuarterlyFiguresDelegate(QuarterlyReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String ruleSet = (String) execution.getVariable(RULE_SET);
    String quarter = (String) execution.getVariable(QUARTER);
    String ownerUnit = (String) execution.getVariable(OWNER_UNIT);
    QuarterlyReports.Totals t = reports.totals(ruleSet, Quarter.parse(quarter), ownerUnit);
    execution.setVariable("roundCount", t.rounds());
    execution.setVariable("eligibleCount", t.eligible());
    execution.setVariable("inspectedCount", t.inspected());
    execution.setVariable("passedCount", t.passed());
    execution.setVariable("prominentCount", t.prominent());
    execution.setVariable("automatedProblemCount", t.automatedProblems());
    execution.setVariable("actionSummary", t.actions().toString());
    execution.setVariable("reportSummary", String.format(
        "%s %s：检查轮次 %d 次，检查账号 %d 个，合格 %d 个，突出问题 %d 个，处置 %s "
            + "rounds %d, accounts inspected %d, passed %d, prominent problems %d, actions %s",
        ruleSet, quarter, t.rounds(), t.inspected(), t.passed(), t.prominent(), t.actions(),
        t.rounds(), t.inspected(), t.passed(), t.prominent(), t.actions()));
    execution.setVariable("reportPath", QuarterlyReports.path(ruleSet, quarter, ownerUnit));
  }
}
