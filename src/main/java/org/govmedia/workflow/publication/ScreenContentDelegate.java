package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.govmedia.workflow.screening.ContentScreener;
import org.govmedia.workflow.screening.ScreeningHit;
import org.springframework.stereotype.Component;

/**
 * Screens title and body: when the item is submitted (at its start and after each draft) and after
 * a reviewer's correction. Every reviewer sees the hits ({@code screeningHits}, one readable line
 * each), and the item's record keeps them structured ({@link ScreeningJournal}). The gateway after
 * the first screening reads the transient {@code revisionNeeded}: an item with hits, or without
 * accounts, goes back to its editor before anyone reviews it.
 */
@Component("screenContentDelegate")
public class ScreenContentDelegate implements JavaDelegate {

  /** Transient, for the gateway after the screening at the start. */
  public static final String REVISION_NEEDED = "revisionNeeded";

  private final ContentScreener screener;
  private final ScreeningJournal journal;

  public ScreenContentDelegate(ContentScreener screener, ScreeningJournal journal) {
    this.screener = screener;
    this.journal = journal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ScreeningResult result = screen(execution);
    setTransient(execution, REVISION_NEEDED,
        !result.hits().isEmpty() || PublishToChannelsDelegate.accounts(execution).isEmpty());
  }

  /** Screens the item's title and body as they are now, and records the result. */
  public ScreeningResult screen(DelegateExecution execution) {
    List<ScreeningHit> hits = new ArrayList<>(screener.screen("title", (String) execution.getVariable(TITLE)));
    hits.addAll(screener.screen("body", (String) execution.getVariable(BODY)));
    ScreeningResult result = new ScreeningResult(screener.version(), hits);
    journal.record(execution, result);
    execution.setVariable(SCREENING_HITS, result.describe(VariableText.LIMIT));
    return result;
  }
}
