package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Screens title and body before anyone reviews: every reviewer sees the hits ({@code screeningHits},
 * one readable line each), and the item's record keeps them structured ({@link ScreeningJournal}).
 */
@Component("screenContentDelegate")
public class ScreenContentDelegate implements JavaDelegate {

  private final ContentScreener screener;
  private final ScreeningJournal journal;

  public ScreenContentDelegate(ContentScreener screener, ScreeningJournal journal) {
    this.screener = screener;
    this.journal = journal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ScreeningHit> hits = new ArrayList<>(screener.screen("title", (String) execution.getVariable(TITLE)));
    hits.addAll(screener.screen("body", (String) execution.getVariable(BODY)));
    ScreeningResult result = new ScreeningResult(screener.version(), hits);
    journal.record(execution, result);
    execution.setVariable(SCREENING_HITS, result.describe(VariableText.LIMIT));
  }
}
