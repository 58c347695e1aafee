package org.govmedia.workflow.handover;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.govmedia.workflow.process.RefusedInput;

/**
 * Variable names of {@code staff-handover}, its business key, and the one rule every step keeps:
 * no credential is ever stored (baicheng art. 8 hands them over person to person; the application
 * records only that, when and by whom), so a variable whose name says password, secret or token
 * is refused.
 */
public final class HandoverVariables {

  public static final String PROCESS_KEY = "staff-handover";
  /** Which responsible person of the register leaves: leader, reviewer or publisher. */
  public static final String HANDOVER_ROLE = "handoverRole";
  public static final String LEAVING_PERSON = "leavingPerson";
  /** LEAVE 离岗, TRANSFER 调岗, RESIGN 辞职. */
  public static final String CHANGE_REASON = "changeReason";
  /** The day of the staff change itself (gaoxian 7(1): the filing runs from it); today when absent. */
  public static final String CHANGED_ON = "changedOn";
  public static final String SUCCESSOR_NAME = "successorName";
  public static final String SUCCESSOR_TITLE = "successorTitle";
  public static final String SUCCESSOR_PHONE = "successorPhone";
  public static final String SUCCESSOR_USER_ID = "successorUserId";
  public static final String CREDENTIALS_HANDED_OVER = "credentialsHandedOver";
  public static final String DEVICES_HANDED_OVER = "devicesHandedOver";
  public static final String HANDED_OVER_BY = "handedOverBy";
  public static final String HANDED_OVER_AT = "handedOverAt";
  public static final String HANDOVER_DATE = "handoverDate";
  public static final String CREDENTIALS_CHANGED = "credentialsChanged";
  public static final String ACCOUNT_INFO_CHANGED = "accountInfoChanged";
  public static final String CONFIRMED_BY = "confirmedBy";
  public static final String CONFIRMED_AT = "confirmedAt";

  public static final List<String> ROLES = List.of("leader", "reviewer", "publisher");
  public static final List<String> REASONS = List.of("LEAVE", "TRANSFER", "RESIGN");

  private static final Pattern CREDENTIAL_NAME =
      Pattern.compile("(?i).*(password|passwd|pwd|passcode|secret|token|密码|口令).*");

  private HandoverVariables() {}

  /** {@code <accountId>:STAFF_HANDOVER:<date>}, like account-filing's keys. */
  public static String businessKey(String accountId, String date) {
    return accountId + ":STAFF_HANDOVER:" + date;
  }

  /** Refuses ("Invalid <name>") any variable that could hold a credential. */
  public static void refuseCredentials(Map<String, Object> variables) {
    for (String name : variables.keySet()) {
      if (CREDENTIAL_NAME.matcher(name).matches()) {
        throw RefusedInput.forClerk(name, "credentials are never stored: record only that they were "
            + "handed over and changed 不保存任何密码");
      }
    }
  }
}
