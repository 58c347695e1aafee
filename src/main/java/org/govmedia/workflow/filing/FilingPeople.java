package org.govmedia.workflow.filing;

import java.util.HashMap;
import java.util.Map;
import org.govmedia.workflow.account.AccountValidator;

/** The annex-1 people as flat process variables ({@code leaderName}, {@code leaderTitle}, ...). */
final class FilingPeople {

  private FilingPeople() {}

  /** Only the nine people variables (so that other variables such as {@code status} do not count). */
  static Map<String, Object> flat(Map<String, Object> variables) {
    Map<String, Object> people = new HashMap<>();
    for (String role : AccountValidator.ROLES) {
      for (String part : new String[] {"Name", "Title", "Phone"}) {
        Object value = variables.get(role + part);
        if (value != null) {
          people.put(role + part, value);
        }
      }
    }
    return people;
  }
}
