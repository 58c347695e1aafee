package org.govmedia.workflow.publication;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After a business rule task: passes the decision's outputs (its single result, one transient
 * variable per output column, named as the column) to the gateway that follows in the same
 * transaction. Nothing is stored with the item: the decision's history keeps its inputs and outputs.
 * The engine hands the result over as the transient {@code decisionResult}.
 */
@Component("decisionOutputListener")
public class DecisionOutputListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
    if (result == null || result.size() != 1) {
      throw new IllegalStateException("Decision at " + execution.getCurrentActivityId()
          + " gave " + (result == null ? "no" : result.size()) + " results; its table must give exactly one");
    }
    for (Map.Entry<String, Object> output : result.getSingleResult().entrySet()) {
      PublicationVariables.setTransient(execution, output.getKey(), output.getValue());
    }
  }
}
