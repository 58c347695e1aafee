package org.govmedia.workflow.supervision;

import static org.govmedia.workflow.process.ProcessVariables.*;
import static org.govmedia.workflow.supervision.SupervisionVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.identity.AsApplication;
import org.govmedia.workflow.process.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * 执行处置 The escalation-step's {@code escalationAction} is recorded and the register follows
 * (WARN → WARNED, REPORT → REPORTED, INTERVIEW → INTERVIEWED; SHUTDOWN only after the owner's
 * shutdown tasks; NONE and DELETE (责令删除: the unit rectifies) leave the status). A measure the
 * supervisor chose (DISCRETION, yakeshi art. 20) carries its reason into the status change. The supervision then counts as decided in its round; the
 * last one to decide messages the round ({@value SupervisionVariables#DECIDED_MESSAGE}).
 */
@Component("applyEscalationDelegate")
public class ApplyEscalationDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ApplyEscalationDelegate.class);

  private static final Map<String, AccountStatus> STATUS = Map.of("WARN", AccountStatus.WARNED,
      "REPORT", AccountStatus.REPORTED, "INTERVIEW", AccountStatus.INTERVIEWED);
  private static final Map<String, String> REASON = Map.of("WARN", "提醒 Warned",
      "REPORT", "通报 Reported", "INTERVIEW", "约谈 Interview ordered");

  private final AccountRegister register;
  private final SupervisionRecords records;
  private final ProcessEngine engine;

  public ApplyEscalationDelegate(AccountRegister register, SupervisionRecords records,
      ProcessEngine engine) {
    this.register = register;
    this.records = records;
    this.engine = engine;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String action = (String) execution.getVariable(ESCALATION_ACTION);
    long supervisionId = id(execution.getVariable(SUPERVISION_ID));
    int count = ((Number) execution.getVariable(PROBLEM_COUNT)).intValue();
    records.decided(supervisionId, count, action);
    AccountStatus to = STATUS.get(action);
    if (to != null) {
      Object measureReason = execution.getVariable(MEASURE_REASON);
      String why = measureReason == null ? "" : " 处置理由 Reason: " + measureReason;
      register.changeStatus(execution.getVariable(ACCOUNT_ID), to, Actor.current(),
          SupervisionRecords.clip(REASON.get(action) + " (" + execution.getVariable(PERIOD) + ", 第 " + count
              + " 次突出问题 problem " + count + "): " + execution.getVariable(FINDINGS) + why));
    }
    Object roundId = execution.getVariable(ROUND_ID);
    if (roundId != null) {
      int[] decided = records.countDecided(id(roundId));
      LOG.info("Inspection round {}: {} of {} supervisions decided", roundId, decided[0], decided[1]);
      if (decided[0] >= decided[1]) {
        records.round(id(roundId)).map(SupervisionRecords.Round::processInstanceId).ifPresent(pid ->
            AsApplication.run(engine, () -> engine.getRuntimeService().createMessageCorrelation(DECIDED_MESSAGE)
                .processInstanceId(pid).correlateAllWithResult()));
      }
    }
  }
}
