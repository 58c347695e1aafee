package org.govmedia.workflow.web;

/**
 * The page a list's JSON or HTML answer was asked for ({@code page} from 1, {@code size}
 * {@value #DEFAULT_SIZE} by default, at most {@value #MAX_SIZE}): the quarterly report's account
 * lines and the overdue list. A page or size that is no whole number in its range is a 400 naming
 * it ({@link InputRules#number}). The files (CSV, xlsx) of these lists carry every row.
 */
public record PageAsked(int number, int size) {

  /** Rows on a page, by default and at most. */
  public static final int DEFAULT_SIZE = 200;
  public static final int MAX_SIZE = 2000;
  /** The highest page asked for (a million rows at the smallest page): anything above is absurd. */
  public static final int MAX_PAGE = 1_000_000;

  /** The page of the request's {@code page} and {@code size} parameters (either may be absent). */
  public static PageAsked of(String page, String size) {
    return new PageAsked(InputRules.number("page", page, 1, MAX_PAGE, 1),
        InputRules.number("size", size, 1, MAX_SIZE, DEFAULT_SIZE));
  }

  /** The rows before this page. */
  public long offset() {
    return (long) (number - 1) * size;
  }
}
