package org.govmedia.workflow.handover;

import static org.govmedia.workflow.handover.HandoverVariables.*;
import static org.govmedia.workflow.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.ResponsiblePeople;
import org.govmedia.workflow.account.ResponsiblePerson;
import org.springframework.stereotype.Component;

/**
 * 更新台账 The successor replaces the leaving person in the register: the person of
 * {@code handoverRole} becomes {@code successorName}, {@code successorTitle}, {@code successorPhone};
 * the other responsible people and the status stay as they are.
 */
@Component("updateResponsiblePeopleDelegate")
public class UpdateResponsiblePeopleDelegate implements JavaDelegate {

  private final AccountRegister register;

  public UpdateResponsiblePeopleDelegate(AccountRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object accountId = execution.getVariable(ACCOUNT_ID);
    Account account = register.get(accountId);
    ResponsiblePerson successor = new ResponsiblePerson((String) execution.getVariable(SUCCESSOR_NAME),
        (String) execution.getVariable(SUCCESSOR_TITLE), (String) execution.getVariable(SUCCESSOR_PHONE));
    String role = (String) execution.getVariable(HANDOVER_ROLE);
    ResponsiblePeople people = new ResponsiblePeople(
        "leader".equals(role) ? successor : account.getLeader(),
        "reviewer".equals(role) ? successor : account.getReviewer(),
        "publisher".equals(role) ? successor : account.getPublisher());
    register.updatePeople(accountId, people);
  }
}
