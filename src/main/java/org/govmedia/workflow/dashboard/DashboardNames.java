package org.govmedia.workflow.dashboard;

import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.display.ClerkDisplay;
import org.govmedia.workflow.display.ReportWording;
import org.govmedia.workflow.process.RuleSet;

/**
 * The Chinese names the dashboard and its lists show instead of codes: processes (the Chinese part
 * of the model's bilingual name), rule sets (the regulation's issuer), ladder steps, findings.
 */
final class DashboardNames {

  private DashboardNames() {}

  /** "留言答复 Message reply" → "留言答复"; the process key where the model has no name. */
  static String process(String modelName, String key) {
    return modelName == null || modelName.isBlank() ? key : ReportWording.chineseName(modelName);
  }

  static String ruleSet(String code) {
    return code == null ? "" : RuleSet.nameOf(code, "其他规则集");
  }

  static String status(String code) {
    try {
      return ClerkDisplay.status(AccountStatus.valueOf(code));
    } catch (IllegalArgumentException | NullPointerException e) {
      return "未知状态";
    }
  }

  static String platform(String code) {
    try {
      return ClerkDisplay.platform(AccountPlatform.valueOf(code));
    } catch (IllegalArgumentException | NullPointerException e) {
      return "其他";
    }
  }

  static String unit(String unit) {
    return unit == null || unit.isBlank() ? "未注明单位" : unit;
  }
}
