package org.govmedia.workflow.dashboard;

import java.util.Map;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.display.ClerkDisplay;
import org.govmedia.workflow.display.ReportWording;

/**
 * The Chinese names the dashboard and its lists show instead of codes: processes (the Chinese part
 * of the model's bilingual name), rule sets (the regulation's issuer), ladder steps, findings.
 */
final class DashboardNames {

  static final Map<String, String> RULE_SETS = Map.of("baicheng-2021", "白城市人社局办法（2021）",
      "yakeshi", "牙克石市政务服务局办法", "henan-2019", "河南省政府办公厅通知（2019）",
      "yanchi-2017", "盐池县政务公开办通知（2017）", "gaoxian-2023", "高县政府办公室通知（2023）");

  static final Map<String, String> FINDINGS = Map.of("UPDATE_FREQUENCY", "更新频次不足",
      "SILENT_TWO_WEEKS", "连续两周未更新", "ORIGINALS", "原创不足", "UNFILED", "未备案",
      "THIRD_PARTY_AGREEMENT", "第三方保密协议缺失", "THIRD_PARTY_QUALIFICATION", "第三方资质缺失",
      "THIRD_PARTY_CONTRACT", "第三方合同失效");

  private DashboardNames() {}

  /** "留言答复 Message reply" → "留言答复"; the process key where the model has no name. */
  static String process(String modelName, String key) {
    return modelName == null || modelName.isBlank() ? key : ReportWording.chineseName(modelName);
  }

  static String ruleSet(String code) {
    return code == null ? "" : RULE_SETS.getOrDefault(code, "其他规则集");
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
