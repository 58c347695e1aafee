package org.govmedia.workflow.account;

/**
 * 单位层级 The level of the owner unit, as henan 3(1) sorts units: 市、县级政府和省政府部门要开设政务新媒体;
 * 县级政府部门及乡镇(街道)原则上不单独开设政务新媒体. Optional in the register (null: not stated).
 */
public enum UnitLevel {
  /** 市、县级政府 a city or county government. */
  GOVERNMENT("市、县级政府"),
  /** 省政府部门及其他单位 a provincial department or another unit above county level. */
  DEPARTMENT("省、市政府部门及其他单位"),
  /** 县级政府部门 a department of a county government. */
  COUNTY_DEPARTMENT("县级政府部门"),
  /** 乡镇（街道）a township or sub-district. */
  TOWNSHIP("乡镇（街道）");

  private final String label;

  UnitLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
