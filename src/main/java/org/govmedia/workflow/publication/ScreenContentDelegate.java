package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Screens title and body before anyone reviews; every reviewer sees the hits. */
@Component("screenContentDelegate")
public class ScreenContentDelegate implements JavaDelegate {

  private final ContentScreener screener;
  private final ObjectMapper json;

  public ScreenContentDelegate(ContentScreener screener, ObjectMapper json) {
    this.screener = screener;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    List<ScreeningHit> hits = new ArrayList<>(screener.screen("title", (String) execution.getVariable(TITLE)));
    hits.addAll(screener.screen("body", (String) execution.getVariable(BODY)));
    execution.setVariable(SCREENING_HITS, json.writeValueAsString(new ScreeningResult(screener.version(), hits)));
    execution.setVariable(SCREENING_SUMMARY, hits.isEmpty() ? "无命中 No hits"
        : hits.stream().map(ScreeningHit::describe).collect(Collectors.joining("\n")));
  }
}
