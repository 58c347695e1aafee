package org.govmedia.workflow.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatus;
import org.springframework.stereotype.Component;

/**
 * The register's accounts as an editor picks them: the ones open for publication, each by its name
 * and platform in Chinese (县人社局（微信公众号）), and the readable names of the accounts an item goes
 * out on ({@code accountNames}, for the reviewers' forms and the record).
 */
@Component
public class AccountChoices {

  /** The statuses the register publishes on (AccountRegister#publishable). */
  private static final Set<String> OPEN = Set.of("ACTIVE", "WARNED", "REPORTED", "INTERVIEWED");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AccountRegister register;

  public AccountChoices(AccountRegister register) {
    this.register = register;
  }

  /**
   * After the editor chose: {@code accountIds} as comma-separated ids (a form sends a JSON array),
   * and {@code accountNames} for the reviewers' forms.
   */
  public void chosen(org.camunda.bpm.engine.delegate.VariableScope item) {
    Object value = item.getVariable(PublicationVariables.ACCOUNT_IDS);
    List<String> ids = ids(value);
    String text = String.join(",", ids);
    if (value != null && !text.equals(value)) {
      item.setVariable(PublicationVariables.ACCOUNT_IDS, text);
    }
    if (!ids.isEmpty()) {
      String names = names(ids);
      if (!names.equals(item.getVariable(PublicationVariables.ACCOUNT_NAMES))) {
        item.setVariable(PublicationVariables.ACCOUNT_NAMES, names);
      }
    }
  }

  /** The options of the form's account list: {label, value} per account open for publication. */
  public List<Map<String, String>> options() {
    List<Map<String, String>> options = new ArrayList<>();
    for (Account account : register.list(null, null, null, null)) {
      if (OPEN.contains(statusName(account.getStatus()))) {
        options.add(Map.of("label", label(account), "value", account.getId().toString()));
      }
    }
    return options;
  }

  /** The accounts' names and platforms, in the order given: 县人社局（微信公众号）、县人社局（微博）. */
  public String names(List<String> ids) {
    Map<String, String> byId = new LinkedHashMap<>();
    for (String id : ids) {
      byId.put(id, register.find(id).map(AccountChoices::label).orElse("台账编号 " + id));
    }
    return String.join("、", byId.values());
  }

  /**
   * The register ids of an {@code accountIds} value: comma-separated ids, or a JSON array of them
   * (what a form's account list sends), each once, in their order.
   */
  public static List<String> ids(Object value) {
    if (value == null) {
      return List.of();
    }
    String text = value.toString().strip();
    if (text.startsWith("[")) {
      try {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : JSON.readTree(text)) {
          ids.add(id.asText().strip());
        }
        return ids.stream().filter(s -> !s.isEmpty()).distinct().toList();
      } catch (JsonProcessingException e) {
        throw new org.camunda.bpm.engine.BadUserRequestException("发布账号 accountIds：请从列表中选择账号");
      }
    }
    return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static String label(Account account) {
    return account.getName() + "（" + (account.getPlatform() == null ? AccountPlatform.OTHER : account.getPlatform()).chineseName() + "）";
  }

  private static String statusName(AccountStatus status) {
    return status == null ? "" : status.name();
  }
}
