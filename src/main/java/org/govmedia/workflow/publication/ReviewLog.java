package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.display.ClerkDisplay;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An item's review journal (table {@code gm_review_entry}): its registration, every draft
 * submission, signature, rejection and post-publication check, in order. Writing joins the
 * engine's transaction, so a refused or failed completion leaves no line behind. The readable
 * comments the forms show are the {@code reviewComments} variable, written only when a comment is
 * added.
 */
@Component
public class ReviewLog {

  /** The longest comment a line keeps (the column's size). */
  public static final int MAX_COMMENT = 4000;

  private final JdbcClient jdbc;
  private final ZoneId zone;
  private final ClerkDisplay display;

  /** {@code display} lazily: the review task guard, an engine plugin, needs this log before the engine exists. */
  public ReviewLog(JdbcClient jdbc, GovmediaProperties properties, @Lazy ClerkDisplay display) {
    this.jdbc = jdbc;
    this.display = display;
    this.zone = ZoneId.of(properties.zone());
  }

  /** The item's lines, oldest first. */
  public List<ReviewEntry> read(String processInstanceId) {
    return jdbc.sql("""
            select level, user_id, approved, comment, round, signed_at, kind from gm_review_entry
            where process_instance_id = :instance order by id""")
        .param("instance", processInstanceId)
        .query((row, n) -> new ReviewEntry(row.getString("level"), row.getString("user_id"),
            (Boolean) row.getObject("approved"), row.getString("comment"), row.getInt("round"),
            OffsetDateTime.ofInstant(row.getTimestamp("signed_at").toInstant(), zone), row.getString("kind")))
        .list();
  }

  /**
   * Adds the registration line of a new item: who created it, its author for the four-eyes rule.
   * (The journal, not an {@code initiator} variable, keeps it: one row instead of three in the
   * history, and it outlives the history like the rest of the record.)
   */
  public void registered(DelegateExecution item, String user) {
    insert(item, ReviewEntry.REGISTERED, user, null, null, null);
  }

  /** Adds the line of a draft submission (no decision, no comment). */
  public void submitted(DelegateTask task, String user) {
    append(task, user, null, null);
  }

  /**
   * Adds a line for the task's level, and refreshes {@code reviewComments} when the line adds a
   * comment or a rejection.
   */
  public void append(DelegateTask task, String user, Boolean approved, String comment) {
    append(task, user, approved, comment, null);
  }

  /**
   * Adds a line of the given kind ({@link ReviewEntry#CORRECTION}, {@link ReviewEntry#ACKNOWLEDGED_HITS}
   * or null for a plain line) for the task's level; see {@link #append(DelegateTask, String, Boolean, String)}.
   */
  public void append(DelegateTask task, String user, Boolean approved, String comment, String kind) {
    if (kind == null && comment != null && comment.length() > MAX_COMMENT) {
      throw new org.camunda.bpm.engine.BadUserRequestException(
          "审核意见 comment 过长：最多 " + MAX_COMMENT + " 字");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      comment = comment.substring(0, MAX_COMMENT - 1) + "…"; // a line the application writes itself
    }
    var execution = task.getExecution();
    ReviewEntry entry = insert(execution, task.getTaskDefinitionKey(), user, approved, comment, kind);
    if (!entry.showsInComments()) {
      return; // the comments the forms show are unchanged
    }
    // The newest comments, which the editor revises by, when all of them are more than a string
    // variable holds; the record has every one.
    String comments = VariableText.fit(read(task.getProcessInstanceId()).stream()
            .filter(ReviewEntry::showsInComments).map(e -> e.describe(display::userName)).toList(), VariableText.LIMIT,
        n -> "…… 此前另有 " + n + " 条意见，见登记审核表", true);
    if (!comments.equals(Objects.requireNonNullElse(execution.getVariable(REVIEW_COMMENTS), ""))) {
      execution.setVariable(REVIEW_COMMENTS, comments);
    }
  }

  private ReviewEntry insert(DelegateExecution item, String level, String user, Boolean approved, String comment,
      String kind) {
    ReviewEntry entry = new ReviewEntry(level, user, approved, comment, round(item),
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone), kind);
    jdbc.sql("""
            insert into gm_review_entry (process_instance_id, business_key, round, level, user_id,
                                         approved, comment, signed_at, kind)
            values (:instance, :item, :round, :level, :user, :approved, :comment, :at, :kind)""")
        .param("instance", item.getProcessInstanceId()).param("item", item.getProcessBusinessKey())
        .param("round", entry.round()).param("level", level).param("user", user)
        .param("approved", approved).param("comment", comment)
        .param("at", Timestamp.from(entry.at().toInstant())).param("kind", kind)
        .update();
    return entry;
  }
}
