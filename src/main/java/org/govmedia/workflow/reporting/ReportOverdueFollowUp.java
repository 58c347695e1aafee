package org.govmedia.workflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.govmedia.workflow.process.OverdueFollowUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** 逾期未报送 The report's deadline passed before it was submitted: logged besides the flag. */
@Component
public class ReportOverdueFollowUp implements OverdueFollowUp {

  private static final Logger LOG = LoggerFactory.getLogger(ReportOverdueFollowUp.class);

  @Override
  public String processKey() {
    return ReportingVariables.PROCESS;
  }

  @Override
  public void overdue(DelegateExecution execution, String flag) {
    LOG.info("Quarterly report {} overdue", execution.getProcessBusinessKey());
  }
}
