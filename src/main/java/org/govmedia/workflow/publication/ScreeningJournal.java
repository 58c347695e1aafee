package org.govmedia.workflow.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.screening.ScreeningHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The structured result of every screening of an item (table {@code gm_screening}), for its record.
 * Writing joins the engine's transaction, like the review journal.
 */
@Component
public class ScreeningJournal {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public ScreeningJournal(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public void record(DelegateExecution item, ScreeningResult result) {
    jdbc.sql("""
            insert into gm_screening (process_instance_id, business_key, list_version, hits, screened_at)
            values (:instance, :item, :version, :hits, :at)""")
        .param("instance", item.getProcessInstanceId()).param("item", item.getProcessBusinessKey())
        .param("version", result.listVersion()).param("hits", write(result.hits()))
        .param("at", Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
        .update();
  }

  /** The item's last screening; no hits and no version when it was never screened. */
  public ScreeningResult latest(String processInstanceId) {
    return jdbc.sql("""
            select list_version, hits from gm_screening where process_instance_id = :instance
            order by id desc fetch first 1 rows only""")
        .param("instance", processInstanceId)
        .query((row, n) -> new ScreeningResult(row.getString("list_version"), read(row.getString("hits"))))
        .optional().orElse(new ScreeningResult(null, List.of()));
  }

  private String write(List<ScreeningHit> hits) {
    try {
      return json.writeValueAsString(hits);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("screening hits not writable", e);
    }
  }

  private List<ScreeningHit> read(String hits) {
    try {
      return List.of(json.readValue(hits, ScreeningHit[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable screening hits", e);
    }
  }
}
