package org.govmedia.workflow.process;

import java.sql.Timestamp;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The decisions of approval tasks (table {@code gm_approval}), written by the task's completion in
 * its transaction, read by the acting step after it: only a completed task of the process writes
 * here, so neither a variable sent at the start ({@code approved=true}) nor an instance started or
 * moved past the task makes an approval.
 */
@Component
public class ApprovalJournal {

  /** One decision: who decided, and whether it was an approval. */
  public record Decision(String user, boolean approved) {}

  private final JdbcClient jdbc;

  public ApprovalJournal(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the decision of a completing task, under its task definition key: by the
   * authenticated user, else (a completion without one) by the task's assignee, else "system".
   */
  public void decided(DelegateTask task, boolean approved) {
    String user = Actor.current();
    if (Actor.SYSTEM.equals(user) && task.getAssignee() != null) {
      user = task.getAssignee();
    }
    jdbc.sql("""
            insert into gm_approval (process_instance_id, business_key, step, task_id, user_id,
                                     approved, decided_at)
            values (:instance, :key, :step, :task, :user, :approved, :at)""")
        .param("instance", task.getProcessInstanceId())
        .param("key", task.getExecution().getProcessBusinessKey())
        .param("step", task.getTaskDefinitionKey()).param("task", task.getId())
        .param("user", user).param("approved", approved)
        .param("at", new Timestamp(ClockUtil.getCurrentTime().getTime()))
        .update();
  }

  /** The latest decision taken at {@code step} in this instance, if any. */
  public Optional<Decision> latest(String processInstanceId, String step) {
    return jdbc.sql("""
            select user_id, approved from gm_approval
            where process_instance_id = :instance and step = :step order by id desc""")
        .param("instance", processInstanceId).param("step", step)
        .query((row, n) -> new Decision(row.getString("user_id"), row.getBoolean("approved")))
        .list().stream().findFirst();
  }

  /**
   * Fails the acting step unless the latest decision at {@code step} of its instance approved.
   * {@code what} names the precondition in the incident's message (Chinese first).
   */
  public Decision requireApproved(DelegateExecution execution, String step, String what) {
    Decision decision = latest(execution.getProcessInstanceId(), step).orElseThrow(() ->
        new MissingPrecondition("缺少" + what + "：流程中没有 " + step + " 的审批记录，不予执行 "
            + execution.getCurrentActivityId() + "。No approval at " + step + " recorded for this instance."));
    if (!decision.approved()) {
      throw new MissingPrecondition("缺少" + what + "：" + step + " 的最后决定为不同意，不予执行 "
          + execution.getCurrentActivityId() + "。The latest decision at " + step + " was a refusal.");
    }
    return decision;
  }
}
