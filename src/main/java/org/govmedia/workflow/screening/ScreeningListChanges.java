package org.govmedia.workflow.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What administrators change in the lists: an entry added, an entry switched off or on again.
 * Each change and its journal row (who, why, when) are written in one transaction; the screener
 * sees the journal change and rebuilds before its next screening, on every node.
 */
@Service
public class ScreeningListChanges {

  public enum Action { ADD, SWITCH_OFF, SWITCH_ON }

  /** One row of the journal. */
  public record Change(long id, Action action, ScreeningCategory category, String categoryName, String word,
      String correction, String source, String reason, String changedBy, Instant changedAt) {}

  private final JdbcClient jdbc;
  private final ScreeningWordRepository words;
  private final ContentScreener screener;

  public ScreeningListChanges(JdbcClient jdbc, ScreeningWordRepository words, ContentScreener screener) {
    this.jdbc = jdbc;
    this.words = words;
    this.screener = screener;
  }

  /** Adds an entry; an entry already in the list is refused 400 (switch it on instead). */
  @Transactional
  public ScreeningWord add(ScreeningCategory category, String word, String correction, String source, String reason,
      String by) {
    boolean listed = screener.entries().stream()
        .anyMatch(e -> e.category() == category && e.word().equals(word));
    if (listed || words.findByCategoryAndWord(category, word).isPresent()) {
      throw new BadRequestException("word", "「" + word + "」已在" + category.chinese() + "词表中，停用的词条请重新启用 ("
          + "the entry is already listed; switch it on if it is off)");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    ScreeningWord saved = words.saveAndFlush(new ScreeningWord(category, word, correction, source, by, now));
    journal(Action.ADD, category, word, correction, source, reason, by, now);
    return saved;
  }

  /** Switches an entry off; switching off an entry that is off already is refused 400. */
  @Transactional
  public void switchOff(ScreeningCategory category, String word, String reason, String by) {
    ContentScreener.ListedEntry entry = find(category, word);
    if (!entry.active()) {
      throw new BadRequestException("word", "「" + word + "」已停用 (the entry is off already)");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    jdbc.sql("""
            insert into gm_screening_switch_off (category, word, reason, switched_by, switched_at)
            values (:category, :word, :reason, :by, :at)""")
        .param("category", category.name()).param("word", word).param("reason", reason).param("by", by)
        .param("at", Timestamp.from(now)).update();
    journal(Action.SWITCH_OFF, category, word, entry.correction(), entry.source(), reason, by, now);
  }

  /** Switches an entry on again. */
  @Transactional
  public void switchOn(ScreeningCategory category, String word, String reason, String by) {
    ContentScreener.ListedEntry entry = find(category, word);
    if (entry.active()) {
      throw new BadRequestException("word", "「" + word + "」未停用 (the entry is on)");
    }
    jdbc.sql("delete from gm_screening_switch_off where category = :category and word = :word")
        .param("category", category.name()).param("word", word).update();
    journal(Action.SWITCH_ON, category, word, entry.correction(), entry.source(), reason, by,
        ClockUtil.getCurrentTime().toInstant());
  }

  /** The journal, newest first. */
  public List<Change> journal() {
    return jdbc.sql("""
            select id, action, category, word, correction, source, reason, changed_by, changed_at
            from gm_screening_list_change order by id desc""")
        .query((row, n) -> {
          ScreeningCategory category = ScreeningCategory.valueOf(row.getString("category"));
          return new Change(row.getLong("id"), Action.valueOf(row.getString("action")), category,
              category.chinese(), row.getString("word"), row.getString("correction"), row.getString("source"),
              row.getString("reason"), row.getString("changed_by"), row.getTimestamp("changed_at").toInstant());
        })
        .list();
  }

  private ContentScreener.ListedEntry find(ScreeningCategory category, String word) {
    return screener.entries().stream().filter(e -> e.category() == category && e.word().equals(word)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "词表" + category.chinese() + "中没有「" + word + "」 (no such entry)"));
  }

  private void journal(Action action, ScreeningCategory category, String word, String correction, String source,
      String reason, String by, Instant at) {
    jdbc.sql("""
            insert into gm_screening_list_change
              (action, category, word, correction, source, reason, changed_by, changed_at)
            values (:action, :category, :word, :correction, :source, :reason, :by, :at)""")
        .param("action", action.name()).param("category", category.name()).param("word", word)
        .param("correction", correction).param("source", source).param("reason", reason).param("by", by)
        .param("at", Timestamp.from(at)).update();
  }
}
