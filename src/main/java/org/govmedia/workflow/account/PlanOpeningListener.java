package org.govmedia.workflow.account;

import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.process.Actor;
import org.govmedia.workflow.process.AdminOnlyMidway;
import org.govmedia.workflow.process.RefusedInput;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Start of {@code account-opening}: checks the account data as POST /api/accounts does (refused:
 * "Invalid <field>", nothing stored), enters the account as PLANNED and makes its id the business
 * key and the variable {@code accountId}. Admission (准入, {@link AccountAdmission}) is checked
 * first: a refused account is never planned.
 */
@Component("planOpeningListener")
public class PlanOpeningListener implements ExecutionListener {

  private final AccountValidator validator;
  private final AccountRegister register;
  private final GovmediaProperties properties;
  private final AccountAdmission admission;

  public PlanOpeningListener(AccountValidator validator, AccountRegister register,
      GovmediaProperties properties, AccountAdmission admission) {
    this.validator = validator;
    this.register = register;
    this.properties = properties;
    this.admission = admission;
  }

  @Override
  public void notify(DelegateExecution execution) {
    AccountData data;
    AccountAdmission.Admitted admitted;
    var variables = execution.getVariables();
    try {
      data = validator.account(variables, properties.defaultRuleSet());
      admitted = admission.check(data, variables, Actor.current(), administrator());
    } catch (BadRequestException e) {
      throw RefusedInput.forClerk(e);
    } catch (AccountAdmission.ReasonNotAllowed e) {
      throw new AuthorizationException(e.getMessage());
    }
    Account account = register.plan(data, Actor.current(), admitted);
    String id = account.getId().toString();
    execution.setProcessBusinessKey(id);
    execution.setVariable("accountId", id);
    execution.setVariable(RULE_SET, data.ruleSet());
    execution.setVariable("platform", data.platform().name());
    execution.setVariable("accountClass", data.accountClass().name());
  }

  /** Whether the user who starts the opening is an administrator of the engine. */
  private static boolean administrator() {
    var context = Context.getCommandContext();
    var caller = context == null ? null : context.getAuthentication();
    return caller != null && AdminOnlyMidway.isAdministrator(Context.getProcessEngineConfiguration(),
        caller);
  }
}
