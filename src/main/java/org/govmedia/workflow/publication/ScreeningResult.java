package org.govmedia.workflow.publication;

import java.util.List;
import org.govmedia.workflow.screening.ScreeningHit;

/** What one screening found, and against which version of the lists ({@link ScreeningJournal}). */
public record ScreeningResult(String listVersion, List<ScreeningHit> hits) {

  public static final String NO_HITS = "无命中";

  /** The hits that hold up the final sign-off until 终审 acknowledges them. */
  public List<ScreeningHit> blocking() {
    return hits.stream().filter(ScreeningHit::blocking).toList();
  }

  /**
   * The hits as reviewers read them, one per line (the {@code screeningHits} variable), at most
   * {@code limit} characters: past it, how many more there are and where to find them all.
   */
  public String describe(int limit) {
    if (hits.isEmpty()) {
      return NO_HITS;
    }
    return VariableText.fit(hits.stream().map(ScreeningHit::describe).toList(), limit, ScreeningResult::more, false);
  }

  private static String more(int count) {
    return "…… 另有 " + count + " 处命中，见登记审核表";
  }
}
