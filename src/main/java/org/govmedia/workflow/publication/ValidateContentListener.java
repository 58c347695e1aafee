package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.ITEM_ID;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * At the start of an item: refuses bad input (nothing is started), gives the item its id as
 * business key (made here: a key the client sent is replaced, so a second start never joins an
 * existing item's record), and registers it in the review journal under its author.
 * Nothing else is written now: each variable is three rows in the full history, so the round and
 * the screening hits appear when there is something to record, and the default rule set is passed
 * to the decision only ({@link DefaultRuleSetListener}).
 */
@Component("validateContentListener")
public class ValidateContentListener implements ExecutionListener {

  private final ContentValidator validator;
  private final ReviewLog log;
  private final AccountChoices accounts;

  public ValidateContentListener(ContentValidator validator, ReviewLog log, AccountChoices accounts) {
    this.validator = validator;
    this.log = log;
    this.accounts = accounts;
  }

  /** A new item's id: CP- and twelve hexadecimal digits of a random UUID. */
  static String newId() {
    return "CP-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
  }

  @Override
  public void notify(DelegateExecution execution) {
    validator.validateContent(execution);
    validator.validateChosenAccounts(execution);
    validator.normalizeConsultedUnit(execution);
    String id = newId();
    execution.setProcessBusinessKey(id);
    execution.setVariable(ITEM_ID, id); // for the forms' link to the record
    accounts.chosen(execution);
    var starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (starter != null && starter.getUserId() != null) {
      log.registered(execution, starter.getUserId());
    }
  }
}
