package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.GovmediaProperties;
import org.springframework.stereotype.Component;

/**
 * At the start of an item: refuses bad input (nothing is started), gives the item its id as
 * business key when the starter gave none, and the deployment's rule set when it names none.
 * (The review log, the round and the screening result appear when there is something to record:
 * each variable write is a row in the full history.)
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
  }
}
