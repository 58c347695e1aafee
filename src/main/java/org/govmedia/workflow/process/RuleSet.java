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
  BAICHENG_2021("baicheng-2021"),
  /** 牙克石市政务服务局政务新媒体管理办法. */
  YAKESHI("yakeshi"),
  /** 河南省：推进全省政务新媒体健康有序发展 (2019). */
  HENAN_2019("henan-2019"),
  /** 盐池县政务公开办公室关于加强政务微博、微信管理工作的通知 (2017). */
  YANCHI_2017("yanchi-2017"),
  /** 高县人民政府办公室关于加强政府系统政务新媒体建设管理工作的通知 (2023). */
  GAOXIAN_2023("gaoxian-2023");

  private static final List<String> IDS = Arrays.stream(values()).map(RuleSet::id).toList();

  private final String id;

  RuleSet(String id) {
    this.id = id;
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
