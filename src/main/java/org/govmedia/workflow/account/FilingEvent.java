package org.govmedia.workflow.account;

/**
 * The account events filed with the supervising office (variable {@code filingEvent}), each with
 * the Chinese name a clerk reads (the same as in the filing forms).
 */
public enum FilingEvent {
  OPEN("开设"), CHANGE("变更"), CLOSE("关闭"), CANCEL("注销"), STAFF_CHANGE("人员变动");

  private final String chineseName;

  FilingEvent(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The Chinese name of a stored value, or the value itself where it is no event of this list. */
  public static String chineseName(Object value) {
    for (FilingEvent event : values()) {
      if (event.name().equals(String.valueOf(value))) {
        return event.chineseName;
      }
    }
    return value == null ? "" : value.toString();
  }
}
