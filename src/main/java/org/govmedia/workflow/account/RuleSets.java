package org.govmedia.workflow.account;

import java.util.List;

/** The rule sets the application ships (RULES.md): a closed list. */
public final class RuleSets {

  public static final List<String> ALL =
      List.of("baicheng-2021", "yakeshi", "henan-2019", "yanchi-2017", "gaoxian-2023");

  private RuleSets() {}

  public static boolean known(String ruleSet) {
    return ALL.contains(ruleSet);
  }
}
