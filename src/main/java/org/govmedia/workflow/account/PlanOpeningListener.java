package org.govmedia.workflow.account;

import static org.govmedia.workflow.process.ProcessVariables.RULE_SET;

import org.govmedia.workflow.process.RefusedInput;
import org.govmedia.workflow.process.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Start of {@code account-opening}: checks the account data as POST /api/accounts does (refused:
 * "Invalid <field>", nothing stored), enters the account as PLANNED and makes its id the business
 * key and the variable {@code accountId}.
 */
@Component("planOpeningListener")
public class PlanOpeningListener implements ExecutionListener {

  private final AccountValidator validator;
  private final AccountRegister register;
  private final GovmediaProperties properties;

  public PlanOpeningListener(AccountValidator validator, AccountRegister register,
      GovmediaProperties properties) {
    this.validator = validator;
    this.register = register;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateExecution execution) {
    AccountData data;
    try {
      data = validator.account(execution.getVariables(), properties.defaultRuleSet());
    } catch (BadRequestException e) {
      throw RefusedInput.forClerk(e);
    }
    Account account = register.plan(data, Actor.current());
    String id = account.getId().toString();
    execution.setProcessBusinessKey(id);
    execution.setVariable("accountId", id);
    execution.setVariable(RULE_SET, data.ruleSet());
    execution.setVariable("platform", data.platform().name());
    execution.setVariable("accountClass", data.accountClass().name());
  }
}
