package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 形成通报 Every supervision of the round has its action: the round is REPORTED (its report 通报 is
 * the round with its rows, GET /api/reports/rounds/{id}); {@code reportSummary} counts the actions.
 */
@Component("compileRoundReportDelegate")
public class CompileRoundReportDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CompileRoundReportDelegate.class);

  private final SupervisionRecords records;

  public CompileRoundReportDelegate(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long roundId = id(execution.getVariable(ROUND_ID));
    records.reported(roundId);
    Map<String, Integer> actions = new TreeMap<>();
    var rows = records.ofRound(roundId);
    rows.forEach(s -> actions.merge(s.escalationAction() == null ? "PENDING" : s.escalationAction(), 1,
        Integer::sum));
    String summary = rows.size() + " 个账号 accounts: " + actions;
    execution.setVariable(REPORT_SUMMARY, summary);
    execution.setVariable("reportPath", "/api/reports/rounds/" + roundId);
    LOG.info("Inspection round {} reported: {}", roundId, summary);
  }
}
