package org.govmedia.workflow.screening;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Aho-Corasick automaton over every active entry of every list and every allowed phrase; a
 * screening is one pass over the text. A hit is dropped when an allowed phrase covers it (国务院总理
 * holds no error, 农业部门 is not the obsolete 农业部) or when a longer hit covers it (国家卫生计生委
 * is reported once, not also as 卫生计生委). Immutable: {@link ContentScreener} swaps in a new one
 * when the lists change.
 */
public final class ScreeningMatcher {

  /** What a key of the automaton stands for: entries (one per category) and/or an allowed phrase. */
  private record Node(List<ScreeningEntry> entries, boolean allowed) {}

  private final AhoCorasickDoubleArrayTrie<Node> trie;
  private final Map<PersonalDataFinder.Shape, ScreeningEntry> personal;
  private final int size;

  /**
   * @param entries the active entries of every list (personal-data entries give the patterns'
   *     corrections and sources; their "words" are the pattern names)
   * @param allowed the correct phrases that suppress a shorter listed form they contain
   */
  public ScreeningMatcher(Collection<ScreeningEntry> entries, Collection<String> allowed) {
    Map<String, Node> keys = new TreeMap<>();
    this.personal = new EnumMap<>(PersonalDataFinder.Shape.class);
    for (ScreeningEntry entry : entries) {
      if (entry.category() == ScreeningCategory.PERSONAL_DATA) {
        personal.put(PersonalDataFinder.Shape.valueOf(entry.word()), entry);
        continue;
      }
      keys.compute(entry.word(), (k, node) -> {
        List<ScreeningEntry> list = new ArrayList<>(node == null ? List.of() : node.entries());
        list.add(entry);
        return new Node(List.copyOf(list), node != null && node.allowed());
      });
      // A correction that holds its own wrong form is correct wherever it stands.
      if (entry.correction() != null && entry.correction().contains(entry.word())
          && !entry.correction().equals(entry.word())) {
        allow(keys, entry.correction());
      }
    }
    allowed.forEach(phrase -> allow(keys, phrase));
    this.size = keys.size();
    this.trie = new AhoCorasickDoubleArrayTrie<>();
    if (!keys.isEmpty()) {
      trie.build(keys);
    }
  }

  private static void allow(Map<String, Node> keys, String phrase) {
    keys.compute(phrase, (k, node) -> new Node(node == null ? List.of() : node.entries(), true));
  }

  /** How many keys the automaton holds (entries and allowed phrases). */
  public int size() {
    return size;
  }

  /** Every hit in one field of an item, in order of position. */
  public List<ScreeningHit> screen(String field, String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<int[]> allowedSpans = new ArrayList<>(4);
    List<int[]> spans = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    if (size > 0) {
      trie.parseText(text, (begin, end, node) -> {
        if (node.allowed()) {
          allowedSpans.add(new int[] {begin, end});
        }
        if (!node.entries().isEmpty()) {
          spans.add(new int[] {begin, end});
          nodes.add(node);
        }
      });
    }
    List<ScreeningHit> hits = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      if (covered(span, allowedSpans, -1) || covered(span, spans, i)) {
        continue;
      }
      for (ScreeningEntry entry : nodes.get(i).entries()) {
        hits.add(new ScreeningHit(field, entry.word(), span[0], span[1], entry.category().kind(),
            entry.category(), entry.correction(), entry.source()));
      }
    }
    for (PersonalDataFinder.Found found : PersonalDataFinder.find(text)) {
      ScreeningEntry entry = personal.get(found.shape());
      if (entry != null) {
        hits.add(new ScreeningHit(field, text.substring(found.start(), found.end()), found.start(), found.end(),
            entry.category().kind(), entry.category(), entry.correction(), entry.source()));
      }
    }
    hits.sort(Comparator.comparingInt(ScreeningHit::start));
    return hits;
  }

  /** Whether another span covers this one (an allowed phrase of any length, or a longer hit). */
  private static boolean covered(int[] span, List<int[]> others, int self) {
    for (int j = 0; j < others.size(); j++) {
      int[] other = others.get(j);
      if (j != self && other[0] <= span[0] && other[1] >= span[1]
          && (self < 0 || other[1] - other[0] > span[1] - span[0])) {
        return true;
      }
    }
    return false;
  }
}
