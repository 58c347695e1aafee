package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.supervision.SupervisionVariables.ALL_DECIDED;
import static org.govmedia.workflow.supervision.SupervisionVariables.ROUND_ID;
import static org.govmedia.workflow.supervision.SupervisionVariables.id;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of the gateway "全部已处置？ All decided?" of inspection-round: sets {@code allDecided} from
 * the round's register (every selected account's supervision decided), so the gateway's conditions
 * read a variable ({@code ${allDecided}}) instead of querying the database.
 */
@Component("checkRoundDecidedListener")
public class CheckRoundDecidedListener implements ExecutionListener {

  private final SupervisionRecords records;

  public CheckRoundDecidedListener(SupervisionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(ALL_DECIDED, records.allDecided(id(execution.getVariable(ROUND_ID))));
  }
}
