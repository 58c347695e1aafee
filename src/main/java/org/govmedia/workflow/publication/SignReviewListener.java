package org.govmedia.workflow.publication;

import static org.govmedia.workflow.process.ProcessVariables.APPROVED;
import static org.govmedia.workflow.process.ProcessVariables.COMMENT;
import static org.govmedia.workflow.publication.PublicationVariables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.govmedia.workflow.screening.ScreeningHit;
import org.springframework.stereotype.Component;

/**
 * Completes a review level: the decision ({@code approved}) and a comment (required to reject),
 * at 初审 the confidentiality check before release (保密审查, baicheng art. 6: {@code secrecyChecked},
 * required to approve, a line of the journal), and the four-eyes rule of 三审三校 (baicheng art. 7): the author and each signer act at one level
 * of the same item at most. Authors are who created the item and who wrote a draft of it (the
 * journal's registration and draft lines). A refusal throws, so the task stays open and unchanged.
 */
@Component("signReviewListener")
public class SignReviewListener implements TaskListener {

  /** The levels that may correct the text (校对修改). */
  private static final Set<String> CORRECTING_LEVELS = Set.of("first-review", "second-review", "final-review");

  /** The level that makes the confidentiality check before release (保密审查, baicheng art. 6). */
  static final String SECRECY_LEVEL = "first-review";
  /** What the journal records of the check: the first reviewer's statement in the form. */
  static final String SECRECY_STATEMENT = "已做信息公开前的保密审查：稿件不含国家秘密、工作秘密和不宜公开的信息";

  private final ReviewLog log;
  private final ScreenContentDelegate screener;
  private final ScreeningJournal screenings;

  public SignReviewListener(ReviewLog log, ScreenContentDelegate screener, ScreeningJournal screenings) {
    this.log = log;
    this.screener = screener;
    this.screenings = screenings;
  }

  @Override
  public void notify(DelegateTask task) {
    // The decision and comment live on the process instance (the form's values land there); reading
    // them there also spares a query for task-local variables.
    DelegateExecution item = task.getExecution();
    String level = task.getTaskDefinitionKey();
    String signer = Signer.of(task);
    boolean approved = decision(item.getVariable(APPROVED));
    Object comment = item.getVariable(COMMENT);
    String commentText = comment == null ? "" : comment.toString().strip();
    if (!approved && commentText.isEmpty()) {
      throw new BadUserRequestException("审核意见 comment：退回须填写意见");
    }
    if (FourEyes.SIGNATURE_LEVELS.contains(level)) {
      String refusal = FourEyes.refusal(log.read(task.getProcessInstanceId()), level, signer);
      if (refusal != null) {
        throw new BadUserRequestException(refusal);
      }
    }
    Object secrecy = item.getVariable(SECRECY_CHECKED);
    boolean secrecyChecked = Boolean.TRUE.equals(secrecy) || "true".equals(secrecy);
    if (secrecy != null && !secrecyChecked && !Boolean.FALSE.equals(secrecy) && !"false".equals(secrecy)) {
      throw new BadUserRequestException("保密审查 secrecyChecked：请勾选或不勾选，不能填写其他内容");
    }
    if (item.hasVariable(SECRECY_CHECKED)) {
      item.removeVariable(SECRECY_CHECKED); // this level's, kept in the record
    }
    boolean secrecyAsked = SECRECY_LEVEL.equals(level);
    if (secrecyAsked && approved && !secrecyChecked) {
      throw new BadUserRequestException("保密审查 secrecyChecked：初审同意前须做好信息公开前的保密审查并勾选确认"
          + "（白城市人社局政务新媒体管理办法第六条：做好信息公开前的保密审查,防止失泄密情况发生）");
    }
    List<String> corrections = corrections(task, item, screenings.latest(task.getProcessInstanceId()));
    boolean acknowledged = decision(item.getVariable(ReviewTaskFields.ACKNOWLEDGE_HITS), false);
    if (item.hasVariable(ReviewTaskFields.ACKNOWLEDGE_HITS)) {
      item.removeVariable(ReviewTaskFields.ACKNOWLEDGE_HITS); // this level's, kept in the record
    }
    for (String correction : corrections) {
      log.append(task, signer, null, correction, ReviewEntry.CORRECTION);
    }
    ScreeningResult screening = corrections.isEmpty() ? screenings.latest(task.getProcessInstanceId())
        : screener.screen(item); // a corrected text is screened again before it is signed
    List<ScreeningHit> blocking = screening.blocking();
    if ("final-review".equals(level) && approved && !blocking.isEmpty()) {
      String hits = String.join("；", blocking.stream().map(ScreeningHit::describe).toList());
      if (!acknowledged) {
        throw new BadUserRequestException("确认筛查命中 acknowledgeHits：最新筛查仍有错误表述或敏感词（"
            + abbreviate(hits) + "），签发前须修改正文，或确认各处命中并在审核意见中说明理由");
      }
      if (commentText.isEmpty()) {
        throw new BadUserRequestException("审核意见 comment：确认筛查命中须说明理由");
      }
      log.append(task, signer, null, "确认筛查命中：" + hits + "。理由：" + commentText, ReviewEntry.ACKNOWLEDGED_HITS);
    }
    if (secrecyAsked && approved) {
      log.append(task, signer, null, SECRECY_STATEMENT, ReviewEntry.SECRECY_CHECK);
    }
    log.append(task, signer, approved, commentText);
    // The decision belongs to this level: the journal keeps it, and the gateway after the task
    // reads it as the transient `passed`. It is not stored with the item, so the next level's form
    // starts without a decision, and a completion without one is refused instead of taking the
    // level before's.
    item.removeVariable(APPROVED);
    setTransient(item, PASSED, approved);
    if (!commentText.isEmpty()) {
      // The comment belongs to this level only; the log keeps it, the next reviewer starts empty.
      item.setVariable(COMMENT, "");
    }
  }

  /**
   * The corrections of title and body this completion made (校对修改, 初审/复审/终审 only: the
   * engine refuses them elsewhere, {@link ReviewTaskGuard}), one line each saying what changed:
   * 正文第12字起「国务院总书记」改为「国务院总理」.
   */
  private static List<String> corrections(DelegateTask task, DelegateExecution item, ScreeningResult last) {
    Map<String, Object> before = ReviewTaskGuard.textBefore(task.getId());
    if (before == null || !CORRECTING_LEVELS.contains(task.getTaskDefinitionKey())) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    for (String field : List.of(TITLE, BODY)) {
      Object was = before.get(field);
      Object now = item.getVariable(field);
      if (Objects.equals(was, now)) {
        continue;
      }
      if (!(now instanceof String text) || text.isBlank()) {
        throw new BadUserRequestException(ReviewTaskFields.label(field) + "：校对修改后不能为空");
      }
      List<int[]> hits = last.hits().stream().filter(hit -> field.equals(hit.field()))
          .map(hit -> new int[] {hit.start(), hit.end()}).toList();
      lines.add(TextChange.describe(TITLE.equals(field) ? "标题" : "正文", was == null ? "" : was.toString(), text, hits));
    }
    return lines;
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "……";
  }

  private static boolean decision(Object value) {
    if (value == null) {
      throw new BadUserRequestException("审核结论 approved：请选择同意或退回");
    }
    return decision(value, null);
  }

  /** A yes/no of the form: a Boolean or the "true"/"false" of a radio or checkbox; else the fallback. */
  private static boolean decision(Object value, Boolean fallback) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.parseBoolean(s);
    }
    if (value == null && fallback != null) {
      return fallback;
    }
    throw new BadUserRequestException("审核结论 approved：请选择同意或退回");
  }
}
