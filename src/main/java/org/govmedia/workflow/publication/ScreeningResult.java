package org.govmedia.workflow.publication;

import java.util.List;

/** What one screening found, and against which version of the lists ({@link ScreeningJournal}). */
public record ScreeningResult(String listVersion, List<ScreeningHit> hits) {

  /**
   * The hits as reviewers read them, one per line (the {@code screeningHits} variable), at most
   * {@code limit} characters: past it, how many more there are and where to find them all.
   */
  public String describe(int limit) {
    if (hits.isEmpty()) {
      return "无命中 No hits";
    }
    List<String> lines = hits.stream().map(ScreeningHit::describe).toList();
    String all = String.join("\n", lines);
    if (all.length() <= limit) {
      return all;
    }
    StringBuilder text = new StringBuilder();
    int shown = 0;
    // Each line that still leaves room for the closing note about the ones not shown.
    while (shown < lines.size()
        && text.length() + lines.get(shown).length() + 1 + more(lines.size() - shown - 1).length() <= limit) {
      text.append(lines.get(shown++)).append('\n');
    }
    return text.append(more(lines.size() - shown)).toString();
  }

  private static String more(int count) {
    return "…… 另有 " + count + " 处命中，见登记审核表 " + count + " more hits: see the item's record";
  }
}
