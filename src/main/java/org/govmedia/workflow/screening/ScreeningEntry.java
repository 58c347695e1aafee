package org.govmedia.workflow.screening;

/**
 * One entry of a list: its category, the wrong form, its correction (null where there is none),
 * the notice or rule it comes from, and whether it ships with the application or an administrator
 * added it.
 */
public record ScreeningEntry(ScreeningCategory category, String word, String correction, String source,
    boolean shipped) {

  /** The entry's key in the lists and in the switch-off table. */
  public String key() {
    return category.name() + "|" + word;
  }
}
