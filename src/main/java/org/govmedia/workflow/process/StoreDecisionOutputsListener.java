package org.govmedia.workflow.process;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of a business rule task whose table has several output columns: each column of the single
 * result becomes a process variable of the same name (e.g. {@code replyWorkingDays} and
 * {@code reminderWorkingDays}), so the task's output parameters read them flat
 * ({@code ${deadlines.reply(receivedAt, replyWorkingDays)}}). A table with one output column uses
 * {@code camunda:mapDecisionResult="singleEntry"} and {@code camunda:resultVariable} instead; a
 * whole result ({@code singleResult}) cannot be a variable here, because the engine stores no Java
 * objects (javaSerializationFormatEnabled: false) and has no JSON data format.
 *
 * <p>End listeners run before the task's output parameters, so those see the variables.
 */
@Component("storeDecisionOutputsListener")
public class StoreDecisionOutputsListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
    if (result == null || result.size() != 1) {
      throw new IllegalStateException("Decision at " + execution.getCurrentActivityId() + " gave "
          + (result == null ? "no" : result.size()) + " results; its table must give exactly one");
    }
    for (Map.Entry<String, Object> output : result.getSingleResult().entrySet()) {
      execution.setVariable(output.getKey(), output.getValue());
    }
  }
}
