package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.GovmediaProperties;
import org.springframework.stereotype.Component;

/**
 * At the start of an item: refuses bad input (nothing is started), gives the item its id as
 * business key when the starter gave none, and sets the process's own variables.
 */
@Component("validateContentListener")
public class ValidateContentListener implements ExecutionListener {

  private final ContentValidator validator;
  private final GovmediaProperties properties;

  public ValidateContentListener(ContentValidator validator, GovmediaProperties properties) {
    this.validator = validator;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    validator.validateContent(execution);
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey("CP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    }
    if (execution.getVariable(RULE_SET) == null) {
      execution.setVariable(RULE_SET, properties.defaultRuleSet());
    }
    if (execution.getVariable(ACCOUNT_IDS) == null) {
      execution.setVariable(ACCOUNT_IDS, "");
    }
    if (execution.getVariable(SOURCE) == null) {
      execution.setVariable(SOURCE, "");
    }
    execution.setVariable(ROUND, 1);
    execution.setVariable(REVIEW_LOG, "[]");
    execution.setVariable(REVIEW_COMMENTS, "");
    execution.setVariable(SCREENING_SUMMARY, "尚未筛查 Not screened yet");
  }
}
