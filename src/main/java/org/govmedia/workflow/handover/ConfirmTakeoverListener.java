package org.govmedia.workflow.handover;

import static org.govmedia.workflow.handover.HandoverVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.process.Actor;
import org.springframework.stereotype.Component;

/**
 * Completion of {@code confirm-takeover} (baicheng art. 8: the successor changes the account
 * information and the password promptly): {@code credentialsChanged} and {@code accountInfoChanged}
 * both true, else "Invalid <field>"; records who confirmed and when. The new password itself never
 * reaches the application.
 */
@Component("confirmTakeoverListener")
public class ConfirmTakeoverListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    refuseCredentials(task.getVariables());
    HandOverListener.confirmed(task, CREDENTIALS_CHANGED,
        "继任者须修改登录密码 the successor must have changed the login password");
    HandOverListener.confirmed(task, ACCOUNT_INFO_CHANGED,
        "继任者须更新账号信息（绑定手机、邮箱等） the successor must have changed the account information");
    task.setVariable(CONFIRMED_BY, Actor.current());
    task.setVariable(CONFIRMED_AT, ClockUtil.getCurrentTime());
  }
}
