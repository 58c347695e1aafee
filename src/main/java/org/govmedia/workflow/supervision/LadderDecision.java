package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.ACCOUNT_ID;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.govmedia.workflow.process.MissingPrecondition;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The precondition of 关停 shut-down-account: the supervision record of this very instance
 * (gm_supervision, written by the escalation steps of the process, not by a client) holds the
 * ladder's decision SHUTDOWN for the account the step would shut down. A variable
 * {@code escalationAction=SHUTDOWN} sent at a start, or an instance started or moved to the step,
 * does not make one.
 */
@Component
public class LadderDecision {

  static final String SHUTDOWN = "SHUTDOWN";

  private final NamedParameterJdbcTemplate jdbc;

  public LadderDecision(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void requireShutdown(DelegateExecution execution) {
    Object accountId = execution.getVariable(ACCOUNT_ID);
    var rows = jdbc.query("""
        select account_id, escalation_action from gm_supervision
        where process_instance_id = :pid order by id desc""",
        Map.of("pid", execution.getProcessInstanceId()),
        (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)});
    if (rows.isEmpty()) {
      throw new MissingPrecondition("缺少处置决定：本流程没有监管记录，不予关停账号 " + accountId
          + "。No supervision record of this instance: no ladder decision to shut the account down.");
    }
    Object[] row = rows.get(0);
    if (!SHUTDOWN.equals(row[1]) || accountId == null || !String.valueOf(row[0]).equals(accountId.toString().strip())) {
      throw new MissingPrecondition("缺少处置决定：监管记录的处置为 " + row[1] + "（账号 " + row[0]
          + "），不是对账号 " + accountId + " 的关停，不予执行。The ladder decided " + row[1]
          + " for account " + row[0] + ", not SHUTDOWN for account " + accountId + ".");
    }
  }
}
