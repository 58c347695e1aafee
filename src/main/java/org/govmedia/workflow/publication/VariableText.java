package org.govmedia.workflow.publication;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Readable lines for a string process variable (the screening hits, the comments so far), within
 * what the engine keeps of a string: past it, a note says how many lines the item's record has
 * besides the ones shown.
 */
final class VariableText {

  /** The longest text a string variable holds (the engine's TEXT_ column). */
  static final int LIMIT = 4000;

  private VariableText() {}

  /**
   * The lines joined by line breaks when they fit in {@code limit} characters; else as many as fit
   * beside the note {@code omitted} gives for the rest: the first ones, or the last ones when
   * {@code keepLast} (the note then comes first).
   */
  static String fit(List<String> lines, int limit, IntFunction<String> omitted, boolean keepLast) {
    String all = String.join("\n", lines);
    if (all.length() <= limit) {
      return all;
    }
    Deque<String> kept = new ArrayDeque<>();
    int length = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(keepLast ? lines.size() - 1 - i : i);
      // Each line that still leaves room for the note about the ones not shown.
      if (length + line.length() + 1 + omitted.apply(lines.size() - kept.size() - 1).length() > limit) {
        break;
      }
      if (keepLast) {
        kept.addFirst(line);
      } else {
        kept.addLast(line);
      }
      length += line.length() + 1;
    }
    String note = omitted.apply(lines.size() - kept.size());
    if (keepLast) {
      kept.addFirst(note);
    } else {
      kept.addLast(note);
    }
    return String.join("\n", kept);
  }
}
