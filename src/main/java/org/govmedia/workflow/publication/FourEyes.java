package org.govmedia.workflow.publication;

import java.util.List;
import java.util.Set;

/**
 * The four-eyes rule of 三审三校 (baicheng art. 7): the author and each signer act at one level of the
 * same item at most. Authors are who created the item and who wrote a draft of it (the journal's
 * registration and draft lines). Held at claim and assignment ({@link ReviewTaskGuard}) and at
 * signature ({@link SignReviewListener}).
 */
final class FourEyes {

  /** The levels a person signs: four eyes hold at claim, assignment and signature. */
  static final Set<String> SIGNATURE_LEVELS = Set.of("first-review", "second-review", "consult-unit",
      "final-review", "leader-in-charge-approval", "leader-approval");

  /** Lines of a level that is not a signature of the chain: they bar no one from signing. */
  private static final Set<String> NOT_SIGNATURES = Set.of("post-publication-check", "correction-notice");

  private FourEyes() {}

  /**
   * The four-eyes refusal for {@code user} acting at {@code level} of an item with these journal
   * lines (claim, assignment or signature), in Chinese; null when the user may act.
   */
  static String refusal(List<ReviewEntry> entries, String level, String user) {
    String levelName = new ReviewEntry(level, user, null, null, 0, null).levelName(false);
    for (ReviewEntry entry : entries) {
      if (!entry.user().equals(user)) {
        continue;
      }
      if (entry.authored()) {
        return "四眼原则：" + user + " 是本稿件的作者（" + entry.levelName(false) + "），不能认领或签署" + levelName;
      }
      if (!entry.level().equals(level) && !NOT_SIGNATURES.contains(entry.level())) {
        return "四眼原则：" + user + " 已在" + entry.levelName(false) + "签署本稿件，不能再认领或签署" + levelName
            + "（三审三校：同一人只签一级）";
      }
    }
    return null;
  }
}
