package org.govmedia.workflow.publication;

import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.GovmediaProperties;
import org.springframework.stereotype.Component;

/**
 * Before the review-chain decision: the deployment's rule set ({@code govmedia.default-rule-set})
 * when the item names none (application default: the regulations say nothing of an item without a
 * rule set). It is passed to the decision only (a transient variable), not stored
 * with the item: the decision's history records which rule set it applied, and the item's history
 * is spared three rows.
 */
@Component("defaultRuleSetListener")
public class DefaultRuleSetListener implements ExecutionListener {

  private final GovmediaProperties properties;

  public DefaultRuleSetListener(GovmediaProperties properties) {
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable(RULE_SET) == null) {
      PublicationVariables.setTransient(execution, RULE_SET, properties.defaultRuleSet());
    }
  }
}
