package org.govmedia.workflow.reporting;

import static org.govmedia.workflow.reporting.ReportingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 逾期未报送 The report's deadline passed before it was submitted: {@code overdue=true} on the instance. */
@Component("markReportOverdueDelegate")
public class MarkReportOverdueDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MarkReportOverdueDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(OVERDUE, true);
    LOG.info("Quarterly report {} overdue", execution.getProcessBusinessKey());
  }
}
