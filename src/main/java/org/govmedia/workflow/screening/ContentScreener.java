package org.govmedia.workflow.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Screens texts against the lists: the shipped files of {@code screening/}, the entries
 * administrators added, less the entries switched off ({@link ScreeningListChanges}). Before each
 * screening it compares the change journal's row count and newest id with those its automaton was
 * built from, and rebuilds on a difference, so the next screening on every node of a cluster uses a
 * change made on any of them.
 */
@Service
public class ContentScreener {

  /** An entry as the lists show it: whether it is active, and why and by whom it was switched off. */
  public record ListedEntry(ScreeningCategory category, String categoryName, String word, String correction,
      String source, boolean shipped, boolean active, String offReason, String offBy, Instant offAt) {}

  private record State(String stamp, ScreeningMatcher matcher, List<ListedEntry> entries, String version) {}

  private final JdbcClient jdbc;
  private final ShippedLists shipped = ShippedLists.load();
  private volatile State state;

  public ContentScreener(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every hit in one field of an item, in order of position, by the lists as they are now. */
  public List<ScreeningHit> screen(String field, String text) {
    return current().matcher().screen(field, text);
  }

  /** Every entry of every list, active or switched off. */
  public List<ListedEntry> entries() {
    return current().entries();
  }

  /** The lists' versions, recorded beside every screening result. */
  public String version() {
    return current().version();
  }

  /** Rebuilds the automaton now (whatever the journal says). */
  public synchronized void reload() {
    state = build(stamp());
  }

  private State current() {
    String stamp = stamp();
    State now = state;
    if (now == null || !now.stamp().equals(stamp)) {
      synchronized (this) {
        now = state;
        if (now == null || !now.stamp().equals(stamp)) {
          now = build(stamp);
          state = now;
        }
      }
    }
    return now;
  }

  /** The journal's row count and newest id: a change committed on any node changes it. */
  private String stamp() {
    return jdbc.sql("select count(*) as n, coalesce(max(id), 0) as m from gm_screening_list_change")
        .query((row, n) -> row.getLong("n") + ":" + row.getLong("m")).single();
  }

  private State build(String stamp) {
    record Off(String reason, String by, Instant at) {}
    Map<String, Off> off = new LinkedHashMap<>();
    jdbc.sql("select category, word, reason, switched_by, switched_at from gm_screening_switch_off")
        .query((row, n) -> off.put(row.getString("category") + "|" + row.getString("word"),
            new Off(row.getString("reason"), row.getString("switched_by"), instant(row.getTimestamp("switched_at")))))
        .list();
    Map<String, ScreeningEntry> all = new LinkedHashMap<>();
    shipped.entries().forEach(e -> all.putIfAbsent(e.key(), e));
    int added = 0;
    for (ScreeningEntry e : jdbc.sql("select category, word, correction, source from gm_screening_word order by id")
        .query((row, n) -> {
          String word = row.getString("word");
          String correction = row.getString("correction");
          String source = row.getString("source");
          return ScreeningCategory.of(row.getString("category"))
              .map(c -> new ScreeningEntry(c, word, correction, source, false)).orElse(null);
        })
        .list()) {
      if (e != null && all.putIfAbsent(e.key(), e) == null) {
        added++;
      }
    }
    List<ScreeningEntry> active = new ArrayList<>();
    List<ListedEntry> listed = new ArrayList<>();
    for (ScreeningEntry e : all.values()) {
      Off o = off.get(e.key());
      if (o == null) {
        active.add(e);
      }
      listed.add(new ListedEntry(e.category(), e.category().chinese(), e.word(), e.correction(), e.source(),
          e.shipped(), o == null, o == null ? null : o.reason(), o == null ? null : o.by(), o == null ? null : o.at()));
    }
    String version = shipped.versions().entrySet().stream().map(v -> v.getKey().name() + " " + v.getValue())
        .collect(Collectors.joining("; ")) + "; +" + added + " added; -" + (all.size() - active.size()) + " off";
    return new State(stamp, new ScreeningMatcher(active, shipped.allowed()), List.copyOf(listed), version);
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
