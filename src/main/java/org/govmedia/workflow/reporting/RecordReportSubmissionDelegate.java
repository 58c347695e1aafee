package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.reporting.ReportingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 登记报送 The report was submitted and published: {@code reportSubmitted=true}. The submission (day,
 * link, by whom, on time) stays in the instance's history, where GET /api/reports/quarters reads it.
 */
@Component("recordReportSubmissionDelegate")
public class RecordReportSubmissionDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordReportSubmissionDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("reportSubmitted", true);
    LOG.info("Quarterly report {} submitted on {} and published at {}", execution.getProcessBusinessKey(),
        execution.getVariable(SUBMITTED_ON), execution.getVariable(PUBLISHED_LINK));
  }
}
