package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.govmedia.workflow.account.AccountClass;
import org.govmedia.workflow.account.AccountData;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountPostRepository;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.account.AccountStatus;
import org.govmedia.workflow.channel.OutboxRecord;
import org.govmedia.workflow.channel.OutboxRepository;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The content-publication chain as editors and reviewers walk it in Tasklist. */
class ContentPublicationProcessTest extends IntegrationTest {

  @Autowired OutboxRepository outbox;
  @Autowired AccountPostRepository posts;
  @Autowired AccountRegister register;
  @Autowired ReviewLog reviewLog;

  /** Two accounts of the register the items go out on, fresh for each test. */
  private String wechat;
  private String weibo;

  @BeforeEach
  void initAssertionsAndAccounts() {
    AbstractAssertions.init(engine);
    wechat = account(AccountPlatform.WECHAT);
    weibo = account(AccountPlatform.WEIBO);
  }

  private String account(AccountPlatform platform) {
    return register.registerExisting(new AccountData("县人社局 " + UUID.randomUUID(), platform,
        AccountClass.OTHER, "县人力资源和社会保障局", "gaoxian-2023", null, null, null), "test")
        .getId().toString();
  }

  @Test
  void routineItemPassesThreeLevelsAndIsPublishedOncePerAccount() {
    ProcessInstance item = start(newId(), content("ROUTINE", wechat + ", " + weibo));
    String id = item.getBusinessKey();
    // The item's id, made by the application: the business key, and the variable 编号 that
    // Tasklist's filters show beside the title.
    assertThat(id).matches("CP-[0-9A-F]{12}");
    assertThat((String) engine.getRuntimeService().getVariable(item.getId(), "itemId")).isEqualTo(id);
    // Screened at once and clean: straight to the first review, no draft task.
    assertThat(item).isWaitingAt("first-review");
    assertThat(task(item)).hasCandidateGroup("first-reviewers");
    sign(item, "reviewer1", "first-reviewers", true, "同意");
    assertThat(item).isWaitingAt("second-review");
    sign(item, "reviewer2", "second-reviewers", true, "");
    assertThat(item).isWaitingAt("final-review");
    assertThat(task(item)).hasCandidateGroup("final-approvers");
    sign(item, "approver1", "final-approvers", true, "签发");

    // Routine content goes out without the main leader.
    assertThat(item).isWaitingAt("publish");
    assertThat(item).hasNotPassed("leader-approval");
    executeJob(item);
    List<OutboxRecord> sent = outbox.findByBusinessKeyOrderById(id);
    assertThat(sent).extracting(OutboxRecord::getAccountId).containsExactly(wechat, weibo);
    assertThat(sent).extracting(OutboxRecord::getPlatform).containsExactly("WECHAT", "WEIBO");
    assertThat(sent).extracting(OutboxRecord::getAction).containsOnly(OutboxRecord.Action.PUBLISH);
    assertThat(posts.findByAccountIdOrderByPostDateDesc(wechat)).hasSize(1)
        .anySatisfy(post -> assertThat(post.getTitle()).isEqualTo("关于秋季防火的通知"));

    assertThat(item).isWaitingAt("post-publication-check");
    sign(item, "reviewer1", "first-reviewers", true, "发布无误");
    assertThat(item).isEnded().hasNotPassed("draft").hasPassedInOrder("screen-submission", "first-review", "second-review",
        "final-review", "decide-review-chain", "publish", "post-publication-check");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAJOR", "EMERGENCY", "STATISTICS"})
  void sensitiveCategoriesNeedTheMainLeader(String category) {
    ProcessInstance item = start(newId(), content(category, wechat));
    throughFinalReview(item);
    assertThat(item).isWaitingAt("leader-approval");
    assertThat(task(item)).hasCandidateGroup("main-leaders");
    sign(item, "leader1", "main-leaders", true, "同意发布");
    assertThat(item).isWaitingAt("publish");
  }

  @Test
  void theMainLeaderIsDecidedOnTheCategoryTheItemIsSignedOffWith() {
    ProcessInstance item = start(newId(), content("ROUTINE", wechat));
    submitDraft(item);
    sign(item, "reviewer1", "first-reviewers", false, "涉及重大决策，请按重大信息报送");
    assertThat(item).isWaitingAt("draft");
    complete(task(item), "editor1", Map.of("contentCategory", "MAJOR"), "editors");
    signThreeLevels(item);
    assertThat(item).isWaitingAt("leader-approval");
    // Decided once, on the signed-off category; its outputs are not kept as variables of the item.
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(item.getId())
        .decisionDefinitionKey("review-chain").includeOutputs().singleResult().getOutputs())
        .singleElement().satisfies(output -> {
          assertThat(output.getVariableName()).isEqualTo("leaderApproval");
          assertThat(output.getValue()).isEqualTo(true);
        });
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "leaderApproval")).isNull();
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "leaderInChargeApproval")).isNull();
  }

  @Test
  void variablesAClientSendsCannotTakeTheDecisionsOfTheProcess() {
    Map<String, Object> vars = content("MAJOR", wechat);
    vars.put("leaderApproval", false);
    ProcessInstance item = start(newId(), vars);
    submitDraft(item);
    // A reviewer's completion takes nothing but the decision and the comment.
    assertThatThrownBy(() -> complete(task(item), "reviewer1",
        Map.of("approved", "false", "comment", "请补充数据来源", "passed", true), "first-reviewers"))
        .hasMessageContaining("passed");
    assertThat(item).isWaitingAt("first-review");
    sign(item, "reviewer1", "first-reviewers", false, "请补充数据来源");
    assertThat(item).isWaitingAt("draft");
    throughFinalReview(item);
    assertThat(item).isWaitingAt("leader-approval");
  }

  @Test
  void eachLevelDecidesAfreshAndACompletionWithoutDecisionIsRefused() {
    ProcessInstance item = start(newId(), content("ROUTINE", wechat));
    submitDraft(item);
    sign(item, "reviewer1", "first-reviewers", true, "初审同意");
    Task second = task(item);
    // The second reviewer's form finds no decision and no comment of the first review.
    assertThat(engine.getFormService().getTaskFormVariables(second.getId()))
        .doesNotContainKey("approved").containsEntry("comment", "");

    assertThatThrownBy(() -> complete(second, "reviewer2", Map.of("comment", "看过了"), "second-reviewers"))
        .hasMessageContaining("approved");
    assertThat(item).isWaitingAt("second-review");
    assertThat(reviewLog.read(item.getId())).hasSize(3); // registration, 初审's confidentiality check, its signature
    sign(item, "reviewer2", "second-reviewers", true, "");
    assertThat(item).isWaitingAt("final-review");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ROUTINE"})
  void otherCategoriesSkipTheMainLeader(String category) {
    ProcessInstance item = start(newId(), content(category, wechat));
    throughFinalReview(item);
    assertThat(item).isWaitingAt("publish");
  }

  @ParameterizedTest
  @ValueSource(strings = {"first-review", "second-review", "final-review", "leader-approval"})
  void aRejectionAtAnyLevelReturnsTheItemToTheEditorWithTheComment(String level) {
    ProcessInstance item = start(newId(), content("MAJOR", wechat));
    submitDraft(item);
    Map<String, String[]> signers = Map.of(
        "first-review", new String[] {"reviewer1", "first-reviewers"},
        "second-review", new String[] {"reviewer2", "second-reviewers"},
        "final-review", new String[] {"approver1", "final-approvers"},
        "leader-approval", new String[] {"leader1", "main-leaders"});
    for (String step : List.of("first-review", "second-review", "final-review", "leader-approval")) {
      assertThat(item).isWaitingAt(step);
      String[] signer = signers.get(step);
      if (step.equals(level)) {
        sign(item, signer[0], signer[1], false, "数据口径需核实 " + step);
        break;
      }
      sign(item, signer[0], signer[1], true, "");
    }
    assertThat(item).isWaitingAt("draft");
    assertThat((String) engine.getRuntimeService().getVariable(item.getId(), "reviewComments"))
        .contains("数据口径需核实 " + level).contains("退回");

    // The chain starts again at the first review.
    submitDraft(item);
    assertThat(item).isWaitingAt("first-review");
  }

  @Test
  void aRejectionWithoutCommentIsRefused() {
    ProcessInstance item = start(newId(), content("ROUTINE", wechat));
    submitDraft(item);
    assertThatThrownBy(() -> sign(item, "reviewer1", "first-reviewers", false, " "))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("comment");
    assertThat(item).isWaitingAt("first-review");
  }

  @Test
  void aCommentLongerThanTheRecordKeepsIsRefusedAndNothingIsRecorded() {
    ProcessInstance item = start(newId(), content("ROUTINE", wechat));
    submitDraft(item);
    assertThatThrownBy(() -> sign(item, "reviewer1", "first-reviewers", false, "改".repeat(ReviewLog.MAX_COMMENT + 1)))
        .hasMessageContaining("comment").hasMessageContaining(String.valueOf(ReviewLog.MAX_COMMENT));
    assertThat(item).isWaitingAt("first-review");
    assertThat(reviewLog.read(item.getId())).extracting(ReviewEntry::level).containsExactly("registered");
  }

  @Test
  void longCommentsAtSeveralLevelsAreAllKept() {
    ProcessInstance item = start(newId(), content("ROUTINE", wechat));
    submitDraft(item);
    sign(item, "reviewer1", "first-reviewers", true, "初".repeat(3000));
    sign(item, "reviewer2", "second-reviewers", false, "复".repeat(3000));
    assertThat(item).isWaitingAt("draft");
    assertThat(reviewLog.read(item.getId())).extracting(ReviewEntry::comment)
        .contains("初".repeat(3000), "复".repeat(3000));
    String shown = (String) engine.getRuntimeService().getVariable(item.getId(), "reviewComments");
    // The form shows the newest comment, which the editor revises by, and points to the record.
    assertThat(shown.length()).isLessThanOrEqualTo(4000);
    assertThat(shown.lines()).containsExactly(
        "…… 此前另有 1 条意见，见登记审核表",
        "第1轮 复审 · 王海峰 · 退回：" + "复".repeat(3000)); // the signer by name, not "reviewer2"
  }

  @Test
  void fourEyesOnePersonSignsOneLevelOnly() {
    createUser("reviewer12", "first-reviewers", "second-reviewers");
    ProcessInstance item = start(newId(), content("ROUTINE", wechat));
    submitDraft(item);
    sign(item, "reviewer12", "first-reviewers", true, "初审同意");
    Task second = task(item);
    List<ReviewEntry> recordBefore = reviewLog.read(item.getId());

    assertThatThrownBy(() -> sign(item, "reviewer12", "second-reviewers", true, "复审同意"))
        .hasMessageContaining("四眼原则").hasMessageContaining("reviewer12").hasMessageContaining("初审");

    // The task stays open and unchanged.
    assertThat(item).isWaitingAt("second-review");
    assertThat(task(item).getId()).isEqualTo(second.getId());
    assertThat(reviewLog.read(item.getId())).isEqualTo(recordBefore).hasSize(3);
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "approved")).isNull();

    sign(item, "reviewer2", "second-reviewers", true, "");
    assertThat(item).isWaitingAt("final-review");
  }

  @Test
  void fourEyesRefusalThroughRestIsA400WithTheReason() {
    createUser("reviewer12", "first-reviewers", "second-reviewers");
    ProcessInstance item = start(newId(), content("ROUTINE", wechat));
    submitDraft(item);
    sign(item, "reviewer12", "first-reviewers", true, "初审同意");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"复审同意\"}}}";
    var response = rest.withBasicAuth("reviewer12", "reviewer12").postForEntity(
        "/engine-rest/task/" + task(item).getId() + "/complete", new HttpEntity<>(body, headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("四眼原则").doesNotContain("ENGINE-", "Cannot complete", task(item).getId());
    assertThat(item).isWaitingAt("second-review");
  }

  @Test
  void fourEyesTheAuthorMayNotReviewTheirOwnItem() {
    createUser("editor-reviewer", "editors", "first-reviewers");
    // Created by editor-reviewer, the draft submitted by another editor: still the author.
    ProcessInstance created = start(newId(), content("ROUTINE", wechat), "editor-reviewer", "editors", "first-reviewers");
    submitDraft(created);
    assertThatThrownBy(() -> sign(created, "editor-reviewer", "first-reviewers", true, ""))
        .hasMessageContaining("四眼原则").hasMessageContaining("editor-reviewer 是本稿件的作者");
    assertThat(created).isWaitingAt("first-review");

    // Created by another editor, the draft written by editor-reviewer: an author as well.
    Map<String, Object> withHit = content("ROUTINE", wechat);
    withHit.put("body", "本店限时抢购。");
    ProcessInstance revised = start(newId(), withHit);
    complete(task(revised), "editor-reviewer", Map.of("body", "各单位要做好秋季森林防火工作。"), "editors", "first-reviewers");
    assertThatThrownBy(() -> sign(revised, "editor-reviewer", "first-reviewers", true, ""))
        .hasMessageContaining("四眼原则");
    assertThat(revised).isWaitingAt("first-review");
    sign(revised, "reviewer1", "first-reviewers", true, "");
    assertThat(revised).isWaitingAt("second-review");
  }

  @Test
  void theDecisionAppliesTheItemsRuleSetOrTheDeploymentsDefault() {
    ProcessInstance byDefault = start(newId(), content("MAJOR", wechat));
    Map<String, Object> named = content("MAJOR", wechat);
    named.put("ruleSet", "henan-2019");
    ProcessInstance byName = start(newId(), named);
    throughFinalReview(byDefault);
    throughFinalReview(byName);
    assertThat(decidedRuleSet(byDefault)).isEqualTo("gaoxian-2023");
    assertThat(decidedRuleSet(byName)).isEqualTo("henan-2019");
  }

  private String decidedRuleSet(ProcessInstance item) {
    var decision = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(item.getId()).decisionDefinitionKey("review-chain").includeInputs().singleResult();
    return (String) decision.getInputs().stream().filter(i -> "review-chain-input-ruleSet".equals(i.getClauseId()))
        .findFirst().orElseThrow().getValue();
  }

  @Test
  void screeningHitsAreShownToEveryReviewer() {
    Map<String, Object> vars = content("ROUTINE", wechat);
    vars.put("title", "国家工商总局发布通知");
    vars.put("body", "天安门广场升旗仪式照常举行。本店限时抢购，我觉得很划算。");
    ProcessInstance item = start(newId(), vars);
    // The editor sees them at once: the item comes back to the draft.
    assertThat(item).isWaitingAt("draft");
    // One readable line per hit: where (counted from 1), the word, the correction or what to do, the
    // category in Chinese and the source; nothing for 天安门.
    assertThat(((String) engine.getTaskService().getVariables(task(item).getId()).get("screeningHits")).lines())
        .containsExactly(
            "标题第1字起「国家工商总局」应为「国家市场监督管理总局」（过时机构名称；依据：《深化党和国家机构改革方案》"
                + "（2018年3月）：组建国家市场监督管理总局）",
            "正文第17字起「限时抢购」：商业广告，删去商业广告内容（依据：白城市人社局政务新媒体管理办法第四条："
                + "不得刊登商业广告或链接商业广告页面）",
            "正文第22字起「我觉得」：个人情绪观点，删去个人观点，改用客观陈述（依据：牙克石市政务服务局政务新媒体管理办法"
                + "第九条第（十二）项：不得发布包含情绪化的个人观点或看法的信息）");
    submitDraft(item);
    assertThat(item).isWaitingAt("first-review");
    Map<String, Object> seen = engine.getTaskService().getVariables(task(item).getId());
    assertThat((String) seen.get("screeningHits")).contains("「国家工商总局」应为「国家市场监督管理总局」");
    sign(item, "reviewer1", "first-reviewers", true, "");
    assertThat(engine.getTaskService().getVariables(task(item).getId())).containsKey("screeningHits");
  }

  @Test
  void aRevisedDraftIsScreenedAgainAndTheRecordShowsTheLastScreening() {
    Map<String, Object> vars = content("ROUTINE", wechat);
    vars.put("body", "本店限时抢购。");
    ProcessInstance item = start(newId(), vars);
    String id = item.getBusinessKey();
    submitDraft(item);
    assertThat((String) engine.getRuntimeService().getVariable(item.getId(), "screeningHits")).contains("限时抢购");
    sign(item, "reviewer1", "first-reviewers", false, "删去广告语");

    assertThat(item).isWaitingAt("draft");
    complete(task(item), "editor1", Map.of("body", "各单位要做好秋季森林防火工作。"), "editors");
    assertThat(item).isWaitingAt("first-review");
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "screeningHits")).isEqualTo("无命中");
    var record = as("editor1").getForEntity("/api/publications/" + id + "/record", Map.class).getBody();
    assertThat((List<?>) record.get("screeningHits")).isEmpty();
  }

  @Test
  void startIsRefusedNamingTheFieldAndNothingIsStored() {
    assertRefused(without(content("ROUTINE", ""), "title"), "title");
    assertRefused(without(content("ROUTINE", ""), "body"), "body");
    Map<String, Object> unknown = content("GOSSIP", "");
    assertRefused(unknown, "contentCategory");
    assertRefused(content("REPRINT", ""), "source");
    Map<String, Object> reprint = content("REPRINT", "");
    reprint.put("source", "中国政府网 www.gov.cn");
    assertThat(start(newId(), reprint)).isWaitingAt("draft");
  }

  @Test
  void startThroughEngineRestIsRefusedWith400() {
    String id = newId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = "{\"businessKey\":\"" + id + "\",\"variables\":{"
        + "\"body\":{\"value\":\"正文\",\"type\":\"String\"},"
        + "\"contentCategory\":{\"value\":\"ROUTINE\",\"type\":\"String\"}}}";
    var response = as("editor1").postForEntity("/engine-rest/process-definition/key/content-publication/start",
        new HttpEntity<>(body, headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("title");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
  }

  @Test
  void accountsAreNeededBeforeTheItemGoesToReview() {
    ProcessInstance item = start(newId(), content("ROUTINE", ""));
    assertThatThrownBy(() -> complete(task(item), "editor1", Map.of(), "editors"))
        .hasMessageContaining("accountIds");
    assertThat(item).isWaitingAt("draft");
    assertThatThrownBy(() -> complete(task(item), "editor1", Map.of("accountIds", "999999999"), "editors"))
        .hasMessageContaining("accountIds").hasMessageContaining("999999999");
    assertThat(item).isWaitingAt("draft");
    complete(task(item), "editor1", Map.of("accountIds", wechat), "editors");
    assertThat(item).isWaitingAt("first-review");
  }

  @Test
  void aFailedPublicationRetriesThenRaisesAnIncidentAndNothingHalfWritten() {
    ProcessInstance item = start(newId(), content("ROUTINE", wechat + "," + weibo));
    String id = item.getBusinessKey();
    throughFinalReview(item);
    // The Weibo account is closed while the item waits: its publication must not go out half.
    register.changeStatus(weibo, AccountStatus.CLOSED, "test", "closed meanwhile");
    Job job = engine.getManagementService().createJobQuery().processInstanceId(item.getId()).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .hasMessageContaining(weibo);
    }
    assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
    var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(item.getId()).singleResult();
    assertThat(incident.getIncidentMessage()).contains("账号不可发布", weibo);
    assertThat(outbox.findByBusinessKeyOrderById(id)).isEmpty();
    assertThat(posts.findByAccountIdOrderByPostDateDesc(wechat)).isEmpty();

    // The operator takes the closed account off the item and retries the job in Cockpit:
    // published exactly once, on the account that is still open.
    engine.getRuntimeService().setVariable(item.getId(), "accountIds", wechat);
    engine.getManagementService().setJobRetries(job.getId(), 1);
    engine.getManagementService().executeJob(job.getId());
    assertThat(outbox.findByBusinessKeyOrderById(id)).extracting(OutboxRecord::getAccountId).containsExactly(wechat);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(item.getId()).count()).isZero();
    assertThat(item).isWaitingAt("post-publication-check");
  }

  @Test
  void aRepeatedPublicationStepWritesNothingTwice() {
    ProcessInstance item = start(newId(), content("ROUTINE", wechat));
    String id = item.getBusinessKey();
    throughFinalReview(item);
    executeJob(item);
    // An operator moves the item back before the publication step (Cockpit's modification).
    engine.getRuntimeService().createProcessInstanceModification(item.getId())
        .cancelAllForActivity("post-publication-check").startBeforeActivity("publish").execute();
    executeJob(item);
    assertThat(outbox.findByBusinessKeyOrderById(id)).hasSize(1);
    assertThat(posts.findByAccountIdOrderByPostDateDesc(wechat)).hasSize(1);
    assertThat(item).isWaitingAt("post-publication-check");
  }

  @Test
  void aProblemFoundAfterPublicationWithdrawsTheItemAndStartsACorrection() {
    ProcessInstance item = start(newId(), content("ROUTINE", wechat + "," + weibo));
    String id = item.getBusinessKey();
    throughFinalReview(item);
    executeJob(item);
    sign(item, "reviewer1", "first-reviewers", false, "数据有误，撤回更正");
    executeJob(item); // the withdrawal
    assertThat(outbox.findByBusinessKeyOrderById(id)).extracting(OutboxRecord::getAction)
        .containsExactly(OutboxRecord.Action.PUBLISH, OutboxRecord.Action.PUBLISH,
            OutboxRecord.Action.RETRACT, OutboxRecord.Action.RETRACT);
    // The public correction (yanchi annex 2 art. 18(4)) goes out before the item is revised.
    assertThat(item).isWaitingAt("correction-notice");
    complete(task(item), "approver1", Map.of("correctionNotice", "本号此前发布的通知数据有误，现予撤回更正，特此致歉。"),
        "final-approvers");
    executeJob(item);
    assertThat(outbox.findByBusinessKeyOrderById(id)).extracting(OutboxRecord::getTitle)
        .endsWith("更正说明：关于秋季防火的通知", "更正说明：关于秋季防火的通知");
    assertThat(item).isWaitingAt("draft");
    assertThat((String) engine.getRuntimeService().getVariable(item.getId(), "reviewComments")).contains("数据有误");
    HttpHeaders page = new HttpHeaders();
    page.setAccept(List.of(MediaType.TEXT_HTML));
    assertThat(as("editor1").exchange("/api/publications/" + id + "/record", org.springframework.http.HttpMethod.GET,
        new HttpEntity<>(page), String.class).getBody()).contains("已撤回").doesNotContain("ACTIVE");

    // The correction goes through the whole chain again and is published as a new round.
    throughFinalReview(item);
    executeJob(item);
    assertThat(outbox.countByBusinessKeyAndAction(id, OutboxRecord.Action.PUBLISH)).isEqualTo(6); // 2 + 2 notices + 2
  }

  @Test
  void theRegistrationAndReviewRecordShowsWhoSignedWhat() {
    Map<String, Object> vars = content("ROUTINE", wechat);
    vars.put("body", "本店限时抢购。");
    ProcessInstance item = start(newId(), vars);
    String id = item.getBusinessKey();
    throughFinalReview(item);
    executeJob(item);

    var json = as("editor1").getForEntity("/api/publications/" + id + "/record", Map.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody()).containsEntry("title", "关于秋季防火的通知").containsEntry("author", "editor1");
    assertThat(json.getBody().get("publishedAt")).isNotNull();
    assertThat((List<Map<String, Object>>) json.getBody().get("reviews"))
        .extracting(r -> r.get("level") + "/" + r.get("user"))
        .containsExactly("registered/editor1", "draft/editor1", "first-review/reviewer1", "first-review/reviewer1",
            "second-review/reviewer2", "final-review/approver1");
    // 初审's first line is its confidentiality check (保密审查, baicheng art. 6).
    assertThat(((List<Map<String, Object>>) json.getBody().get("reviews")).get(2)).containsEntry("kind", "SECRECY_CHECK");
    assertThat((List<Map<String, Object>>) json.getBody().get("screeningHits")).singleElement()
        .satisfies(hit -> assertThat(hit).containsEntry("word", "限时抢购").containsEntry("kind", "ADVERTISING")
            .containsEntry("field", "body").containsEntry("start", 2));
    assertThat((String) json.getBody().get("screeningListVersion")).contains("SENSITIVE");

    HttpHeaders accept = new HttpHeaders();
    accept.setAccept(List.of(MediaType.TEXT_HTML));
    var html = as("reviewer1").exchange("/api/publications/" + id + "/record",
        org.springframework.http.HttpMethod.GET, new HttpEntity<>(accept), String.class);
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(html.getBody()).contains("信息公开登记审核表", "登记", "初审", "保密审查", "reviewer1", "限时抢购", "正文第3字起")
        .doesNotContain("First review", "@2", "ACTIVE");

    assertThat(as("editor1").getForEntity("/api/publications/NO-SUCH/record", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    var missing = as("editor1").exchange("/api/publications/NO-SUCH/record", org.springframework.http.HttpMethod.GET,
        new HttpEntity<>(accept), String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getBody()).contains("未找到稿件", "NO-SUCH", "返回任务列表").doesNotContain("Whitelabel", "Not Found");
  }

  // --- helpers: what the users do in Tasklist ---------------------------------------------------

  private static String newId() {
    return "CP-T-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Object> content(String category, String accounts) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", "关于秋季防火的通知");
    vars.put("body", "各单位要做好秋季森林防火工作。");
    vars.put("contentCategory", category);
    vars.put("accountIds", accounts);
    return vars;
  }

  private static Map<String, Object> without(Map<String, Object> vars, String name) {
    vars.remove(name);
    return vars;
  }

  private ProcessInstance start(String id, Map<String, Object> vars) {
    return start(id, vars, "editor1", "editors");
  }

  private ProcessInstance start(String id, Map<String, Object> vars, String user, String... groups) {
    engine.getIdentityService().setAuthentication(user, List.of(groups));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey("content-publication", id, vars);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void assertRefused(Map<String, Object> vars, String field) {
    String id = newId();
    assertThatThrownBy(() -> start(id, vars)).hasMessageContaining(field);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(id).count()).isZero();
  }

  private Task task(ProcessInstance item) {
    return engine.getTaskService().createTaskQuery().processInstanceId(item.getId()).singleResult();
  }

  /** The editor's submission: a clean item went to the first review at its start; one with hits is submitted from the draft. */
  private void submitDraft(ProcessInstance item) {
    if ("draft".equals(task(item).getTaskDefinitionKey())) {
      complete(task(item), "editor1", Map.of(), "editors");
    }
    assertThat(item).isWaitingAt("first-review");
  }

  /** Decides the item's open task as the user; an approval at 初审 states the confidentiality check (保密审查). */
  private void sign(ProcessInstance item, String user, String group, boolean approved, String comment) {
    Task open = task(item);
    Map<String, Object> vars = new HashMap<>(Map.of("approved", String.valueOf(approved), "comment", comment));
    if (approved && "first-review".equals(open.getTaskDefinitionKey())) {
      vars.put("secrecyChecked", true);
    }
    complete(open, user, vars, group);
  }

  private void complete(Task task, String user, Map<String, Object> vars, String... groups) {
    engine.getIdentityService().setAuthentication(user, List.of(groups));
    try {
      engine.getTaskService().complete(task.getId(), vars);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void throughFinalReview(ProcessInstance item) {
    submitDraft(item);
    signThreeLevels(item);
  }

  /** First, second and final review, each approved by its own reviewer. */
  private void signThreeLevels(ProcessInstance item) {
    sign(item, "reviewer1", "first-reviewers", true, "");
    sign(item, "reviewer2", "second-reviewers", true, "");
    sign(item, "approver1", "final-approvers", true, "");
  }

  private void executeJob(ProcessInstance item) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(item.getId()).singleResult();
    engine.getManagementService().executeJob(job.getId());
  }
}
