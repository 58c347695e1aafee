package org.govmedia.workflow.duty;

import static org.govmedia.workflow.duty.DutyVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.process.Actor;
import org.govmedia.workflow.process.RefusedInput;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code set-duty-roster}: the roster ({@link DutyRosters}) names a known user as duty
 * person and a unit head on lead duty for every day of the period, else "Invalid dutyRoster" and the
 * task stays open; stores it in canonical form and who set it.
 */
@Component("dutyRosterListener")
public class DutyRosterListener implements TaskListener {

  private final AccountRegister register;

  public DutyRosterListener(AccountRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    Object text = task.getVariable(DUTY_ROSTER);
    LocalDate from = LocalDate.parse((String) task.getVariable(PERIOD_START));
    LocalDate to = LocalDate.parse((String) task.getVariable(PERIOD_END));
    var identity = task.getProcessEngineServices().getIdentityService();
    Map<LocalDate, DutyRosters.Entry> roster;
    try {
      // Whether a user exists is asked as the application: the owner unit need not read users.
      roster = Context.getCommandContext().runWithoutAuthorization(() -> DutyRosters.parse(
          text == null ? null : text.toString(), from, to,
          user -> identity.createUserQuery().userId(user).count() == 1,
          account -> register.find(account).isPresent()));
    } catch (BadRequestException e) {
      throw RefusedInput.forClerk(e);
    }
    task.getExecution().setVariable(DUTY_ROSTER, DutyRosters.format(roster));
    task.getExecution().setVariable(ROSTER_SET_BY, Actor.current());
  }
}
