package org.govmedia.workflow.account;

import java.util.EnumSet;
import java.util.Set;

/** Where an account stands in its life: planned, opened and awaiting filing, active, on the exit ladder, closed. */
public enum AccountStatus {
  PLANNED("拟开设"),
  PENDING_FILING("待备案"),
  ACTIVE("运行中"),
  WARNED("已提醒"),
  REPORTED("已通报"),
  INTERVIEWED("已约谈"),
  SHUT_DOWN("已关停"),
  CLOSED("已关闭");

  /** The statuses an account may be published on (it is running, possibly on the exit ladder). */
  public static final Set<AccountStatus> PUBLISHABLE = EnumSet.of(ACTIVE, WARNED, REPORTED, INTERVIEWED);

  private final String chineseName;

  AccountStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The status as clerks name it: 运行中, 已关停 ... */
  public String chineseName() {
    return chineseName;
  }

  public boolean publishable() {
    return PUBLISHABLE.contains(this);
  }
}
