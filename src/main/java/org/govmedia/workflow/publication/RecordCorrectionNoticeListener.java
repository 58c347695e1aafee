package org.govmedia.workflow.publication;

import static org.govmedia.workflow.publication.PublicationVariables.CORRECTION_NOTICE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.govmedia.workflow.process.RefusedInput;
import org.springframework.stereotype.Component;

/**
 * Completes 更正致歉: the public correction or apology of a withdrawn item (yanchi annex 2 art. 18(4):
 * 信息发布出现问题时,应当及时更正、公开致歉) is required, bounded, and kept in the review journal under
 * who signed it; {@link PublishCorrectionDelegate} then publishes it. A refusal leaves the task open.
 */
@Component("recordCorrectionNoticeListener")
public class RecordCorrectionNoticeListener implements TaskListener {

  /** Application limit of a notice's length: a short public statement. */
  public static final int MAX_NOTICE_LENGTH = 2000;

  private final ReviewLog log;

  public RecordCorrectionNoticeListener(ReviewLog log) {
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    Object notice = task.getExecution().getVariable(CORRECTION_NOTICE);
    if (!(notice instanceof String text) || text.isBlank()) {
      throw new BadUserRequestException("更正致歉说明 correctionNotice：必填，撤回的稿件须公开更正或致歉");
    }
    try {
      org.govmedia.workflow.web.InputRules.check(CORRECTION_NOTICE, text, MAX_NOTICE_LENGTH);
    } catch (org.govmedia.workflow.web.BadRequestException e) {
      throw RefusedInput.of(e);
    }
    log.append(task, Signer.of(task), null, text.strip(), ReviewEntry.CORRECTION_NOTICE);
  }
}
