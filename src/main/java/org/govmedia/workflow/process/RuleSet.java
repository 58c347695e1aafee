package org.govmedia.workflow.process;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 规则集 The regulations the application ships, a closed list: every process variable
 * {@code ruleSet}, every form's rule-set options and every DMN {@code ruleSet} input use these ids
 * ({@code models/VocabularyTest} checks them). Adding one: CONTRIBUTING.md, "Add a rule set".
 */
public enum RuleSet {

  /** 白城市人力资源和社会保障局政务新媒体管理办法（修订版）. */
  BAICHENG_2021("baicheng-2021", "白城市（2021年）", "白城市人力资源和社会保障局"),
  /** 牙克石市政务服务局政务新媒体管理办法. */
  YAKESHI("yakeshi", "牙克石市", "牙克石市政务服务局"),
  /** 河南省：推进全省政务新媒体健康有序发展 (2019). */
  HENAN_2019("henan-2019", "河南省（2019年）", "河南省"),
  /** 盐池县政务公开办公室关于加强政务微博、微信管理工作的通知 (2017). */
  YANCHI_2017("yanchi-2017", "盐池县（2017年）", "盐池县"),
  /** 高县人民政府办公室关于加强政府系统政务新媒体建设管理工作的通知 (2023). */
  GAOXIAN_2023("gaoxian-2023", "高县（2023年）", "高县");

  private static final List<String> IDS = Arrays.stream(values()).map(RuleSet::id).toList();

  private final String id;
  private final String chineseName;
  private final String scope;

  RuleSet(String id, String chineseName, String scope) {
    this.id = id;
    this.chineseName = chineseName;
    this.scope = scope;
  }

  /**
   * The one name forms, the register sheet, the dashboard and the reports show: 高县（2023年）
   * ({@code models/VocabularyTest} checks the forms' options against it).
   */
  public String chineseName() {
    return chineseName;
  }

  /** Whose supervision it is, as the public page of inspection results names it: 高县. */
  public String scope() {
    return scope;
  }

  /** The Chinese name of a stored id; {@code otherwise} for none or an id this list lacks. */
  public static String nameOf(String id, String otherwise) {
    return ofId(id).map(RuleSet::chineseName).orElse(otherwise);
  }

  /** The id the models and the API use, e.g. {@code gaoxian-2023}. */
  public String id() {
    return id;
  }

  /** Every id, in the order above. */
  public static List<String> ids() {
    return IDS;
  }

  public static boolean known(String id) {
    return IDS.contains(id);
  }

  public static Optional<RuleSet> ofId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
