package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.GovmediaProperties;
import org.springframework.stereotype.Component;

/** Reads and appends the item's review log, kept as JSON in the {@code reviewLog} variable. */
@Component
public class ReviewLog {

  private static final TypeReference<List<ReviewEntry>> LIST = new TypeReference<>() {};
  private final ObjectMapper json;
  private final ZoneId zone;

  public ReviewLog(ObjectMapper json, GovmediaProperties properties) {
    this.json = json;
    this.zone = ZoneId.of(properties.zone());
  }

  public List<ReviewEntry> read(String serialized) {
    if (serialized == null || serialized.isBlank()) {
      return List.of();
    }
    try {
      return json.readValue(serialized, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable review log", e);
    }
  }

  public List<ReviewEntry> read(VariableScope variables) {
    return read((String) variables.getVariable(REVIEW_LOG));
  }

  public void append(VariableScope variables, String level, String user, Boolean approved, String comment) {
    List<ReviewEntry> entries = new ArrayList<>(read(variables));
    entries.add(new ReviewEntry(level, user, approved, comment, round(variables),
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone)));
    try {
      variables.setVariable(REVIEW_LOG, json.writeValueAsString(entries));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write review log", e);
    }
    String comments = entries.stream()
        .filter(e -> e.comment() != null && !e.comment().isBlank() || Boolean.FALSE.equals(e.approved()))
        .map(ReviewEntry::describe).collect(Collectors.joining("\n"));
    // Written only when it changes: every write is a row in the full history.
    if (!comments.equals(Objects.requireNonNullElse(variables.getVariable(REVIEW_COMMENTS), ""))) {
      variables.setVariable(REVIEW_COMMENTS, comments);
    }
  }
}
