package org.govmedia.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A content item's day in Tasklist, every step in the browser and read as a Chinese clerk reads it
 * ({@link BrowserTest#assertReadsChinese}): editor1 starts it from the start dialog on two accounts
 * of the register, gets the screening hits back at once and corrects them; reviewer1 corrects a word
 * at 初审, reviewer2 signs 复审; approver1 is refused 终审 while a sensitive word remains and signs it
 * after acknowledging the hit; the record opens from the form's link in the same session.
 */
class PublicationDayE2eTest extends BrowserTest {

  /** The English halves of the content-publication model's bilingual names (for analysts: bilingual, Chinese first, docs/ARCHITECTURE.md "Naming"); a clerk sees none of them. */
  private static final String[] MODEL_ENGLISH = {"Content publication", "Draft or revise", "First review",
      "Second review", "Final sign-off", "Post-publication check", "Draft"};

  private static final String WECHAT = "示范人社（微信公众号）";
  private static final String WEIBO = "示范县人社局（微博）";

  @Test
  void aClerksPublicationDayFromStartToRecord() {
    String title = PublicationItems.uniqueTitle("关于开展秋季森林防火和打击网络赌博专项行动的通知");
    // 国务院总书记 is an erroneous title (erroneous.txt), 网络赌博 a sensitive word (sensitive.txt)
    // that the text must keep, 防伙 a typo no list knows: the reviewer's correction.
    String body = "国务院总书记主持召开常务会议，部署秋季森林防伙工作，严厉打击网络赌博。";
    String revised = body.replace("国务院总书记", "国务院总理");
    String corrected = revised.replace("防伙", "防火");

    signIn("tasklist", "editor1");
    step("editor1 opens 启动流程 and picks 内容发布审核", () -> {
      click(By.cssSelector("li.start-process-action a"));
      click(By.xpath("//div[contains(@class,'modal')]//a[contains(normalize-space(.),'内容发布审核')]"));
      visible(By.cssSelector(".modal form.fjs-form"));
      settle();
      waitForText(By.cssSelector(".modal form.fjs-form"), WEIBO);
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("fills title and body and picks two accounts of the register", () -> {
      typeInto("publication-start-title", title);
      typeInto("publication-start-body", body);
      chooseOption("publication-start-contentCategory", "日常信息");
      tick(WECHAT);
      tick(WEIBO);
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("starts it: the dialog closes", () -> {
      click(By.cssSelector(".modal .modal-footer button.btn-primary[type=submit]"));
      waitUntil("the item to be started", d -> item(title) != null);
      waitUntil("the start dialog to close", ExpectedConditions.invisibilityOfElementLocated(
          By.cssSelector(".modal form.fjs-form")));
      settle();
      assertReadsChinese(MODEL_ENGLISH);
    });
    HistoricProcessInstance item = item(title);
    String itemId = item.getBusinessKey();
    assertThat(itemId).matches("CP-[0-9A-F]{12}");
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "itemId")).isEqualTo(itemId);
    String accountIds = (String) engine.getRuntimeService().getVariable(item.getId(), "accountIds");
    assertThat(accountIds.split(",")).hasSize(2);

    Task draft = waitingTask(item, "draft");
    step("the hits are back at once: the item waits at 撰稿/修改, listed with its title and 编号", () -> {
      driver.navigate().refresh();
      settle();
      openFilter("待办");
      visible(taskCard(draft.getId()));
      waitUntil("the card to show the title and the item's id", d -> {
        String card = d.findElement(By.xpath("//ol[contains(@class,'tasks-list')]/li[.//a[@href='#/?task="
            + draft.getId() + "']]")).getText();
        return card.contains(itemId) && card.contains(title);
      });
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("opens the draft: the hits in plain Chinese", () -> {
      openTask(draft.getId());
      waitForFormValue("publication-draft-screeningHits", "「国务院总书记」应为「国务院总理」");
      assertThat(formValue("publication-draft-screeningHits")).contains("正文第1字起", "网络赌博");
      waitForFormValue("publication-draft-body", body);
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("claims it, corrects the title of the office and submits", () -> {
      claimTask();
      typeInto("publication-draft-body", revised);
      assertReadsChinese(MODEL_ENGLISH);
      clickComplete();
      waitUntil("the draft to be submitted", d -> engine.getTaskService().createTaskQuery()
          .taskId(draft.getId()).count() == 0);
      settle();
      assertReadsChinese(MODEL_ENGLISH);
    });
    Task firstReview = waitingTask(item, "first-review");

    switchUser("reviewer1");
    step("reviewer1 opens 初审: the accounts by name, the remaining hit", () -> {
      openFilter("待办");
      openTask(firstReview.getId());
      waitForText(By.cssSelector("[cam-tasklist-task]"), "初审");
      waitForFormValue("publication-first-review-body", revised);
      waitForFormValue("publication-first-review-accountNames", WECHAT);
      assertThat(formValue("publication-first-review-accountNames")).contains(WEIBO);
      assertThat(formValue("publication-first-review-screeningHits")).contains("网络赌博")
          .doesNotContain("国务院总书记");
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("claims it, corrects 防伙 to 防火 in the body and approves", () -> {
      claimTask();
      typeInto("publication-first-review-body", corrected);
      chooseRadio("同意");
      // 保密审查 (baicheng art. 6): 初审 states the confidentiality check when it approves.
      click(By.xpath("//form[contains(@class,'fjs-form')]//label[contains(normalize-space(.),'已做保密审查')]"
          + "/ancestor::*[contains(@class,'fjs-form-field')][1]//input[@type='checkbox']"));
      typeInto("publication-first-review-comment", "已校对“防伙”为“防火”，同意。");
      assertReadsChinese(MODEL_ENGLISH);
      clickComplete();
      waitUntil("the first review to be signed", d -> engine.getTaskService().createTaskQuery()
          .taskId(firstReview.getId()).count() == 0);
      settle();
      assertReadsChinese(MODEL_ENGLISH);
    });
    assertThat(engine.getRuntimeService().getVariable(item.getId(), "body")).isEqualTo(corrected);
    Task secondReview = waitingTask(item, "second-review");

    switchUser("reviewer2");
    step("reviewer2 opens 复审 and sees the corrected body", () -> {
      openFilter("待办");
      openTask(secondReview.getId());
      waitForText(By.cssSelector("[cam-tasklist-task]"), "复审");
      waitForFormValue("publication-review-body", corrected);
      waitForFormValue("publication-review-reviewComments", "防火");
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("claims and approves 复审", () -> {
      claimTask();
      chooseRadio("同意");
      typeInto("publication-review-comment", "同意。");
      clickComplete();
      waitUntil("the second review to be signed", d -> engine.getTaskService().createTaskQuery()
          .taskId(secondReview.getId()).count() == 0);
      settle();
      assertReadsChinese(MODEL_ENGLISH);
    });
    Task finalReview = waitingTask(item, "final-review");

    switchUser("approver1");
    step("approver1 opens 终审: the sensitive word is still a hit", () -> {
      openFilter("待办");
      openTask(finalReview.getId());
      waitForText(By.cssSelector("[cam-tasklist-task]"), "终审");
      waitForFormValue("publication-final-screeningHits", "网络赌博");
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("signing without acknowledging the hit is refused in Chinese", () -> {
      claimTask();
      chooseRadio("同意签发");
      typeInto("publication-final-comment", "同意签发。");
      clickComplete();
      WebElement refusal = visible(By.xpath(
          "//*[contains(@class,'alert') and contains(normalize-space(.), '确认筛查命中')]"));
      assertThat(refusal.getText()).contains("网络赌博")
          // the field by its label, not its variable name (acknowledgeHits), which API clients read
          .doesNotContainPattern("\\b[a-z]+[A-Z][A-Za-z]*\\b");
      assertThat(engine.getTaskService().createTaskQuery().taskId(finalReview.getId()).count()).isEqualTo(1);
      assertThat(engine.getRuntimeService().getVariable(item.getId(), "acknowledgeHits")).isNull();
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("ticks 确认筛查命中 with a reason and signs", () -> {
      click(By.xpath("//form[contains(@class,'fjs-form')]//label[contains(normalize-space(.),'确认筛查命中')]"
          + "/ancestor::*[contains(@class,'fjs-form-field')][1]//input[@type='checkbox']"));
      typeInto("publication-final-comment", "“网络赌博”系打击对象，属正当表述，同意签发。");
      assertReadsChinese(MODEL_ENGLISH);
      clickComplete();
      waitUntil("the final review to be signed", d -> engine.getTaskService().createTaskQuery()
          .taskId(finalReview.getId()).count() == 0);
      settle();
      // The refusal of the first attempt does not stay on screen once the item is signed.
      waitUntil("the earlier refusal to be cleared", d -> d.findElements(By.xpath(
          "//*[contains(@class,'alert') and contains(normalize-space(.), '表单未能提交')]")).stream()
          .noneMatch(WebElement::isDisplayed));
      assertReadsChinese(MODEL_ENGLISH);
    });
    // The publication is the job executor's work: done here as it would do it.
    waitUntil("the item to reach the publication step", d -> !engine.getManagementService().createJobQuery()
        .processInstanceId(item.getId()).list().isEmpty() || taskAt(item, "post-publication-check") != null);
    engine.getManagementService().createJobQuery().processInstanceId(item.getId()).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    Task check = waitingTask(item, "post-publication-check");

    switchUser("reviewer1");
    step("reviewer1 opens the post-publication check", () -> {
      openFilter("待办");
      openTask(check.getId());
      waitForText(By.cssSelector("form.fjs-form"), itemId);
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("the record opens from the form's link without a second login", () -> {
      Set<String> windows = driver.getWindowHandles();
      click(By.xpath("//form[contains(@class,'fjs-form')]//a[contains(normalize-space(.),'打开登记审核表')]"));
      waitUntil("the record to open", d -> d.getWindowHandles().size() > windows.size()
          || d.getCurrentUrl().contains("/record"));
      for (String window : driver.getWindowHandles()) {
        if (!windows.contains(window)) {
          driver.switchTo().window(window);
        }
      }
      waitForText(By.tagName("h1"), "信息公开登记审核表");
      String record = bodyText();
      assertThat(record).contains(itemId, title, WECHAT, WEIBO)
          .doesNotContain(accountIds);
      // The correction: level, who, before and after.
      assertThat(record).containsPattern("初审\\s+李文静（reviewer1）\\s+正文第\\d+字起「伙」改为「火」");
      // The signatures by name; the acknowledgement of the remaining hit at 终审, with the reason.
      assertThat(record).contains("撰稿人 张晓明（editor1）").containsPattern("复审\\s+王海峰（reviewer2）\\s+同意")
          .containsPattern("终审\\s+赵国强（approver1）\\s+确认筛查命中\\s+确认筛查命中：[^\\n]*「网络赌博」：敏感词")
          .contains("“网络赌博”系打击对象");
      // Beijing times to the minute, nothing else.
      assertThat(record).containsPattern("登记时间\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
          .containsPattern("发布时间\\s+\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
      assertThat(record).containsPattern("词表版本：[^\\n]*敏感词 \\d");
      assertThat(all(By.cssSelector("form[name=signinForm]"))).isEmpty();
      assertReadsChinese(MODEL_ENGLISH);
    });
  }

  // --- helpers ------------------------------------------------------------------------------------

  /** Signs out (the session's cookies go) and signs in to Tasklist as another user. */
  private void switchUser(String user) {
    driver.manage().deleteAllCookies();
    signIn("tasklist", user);
  }

  private HistoricProcessInstance item(String title) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("content-publication").variableValueEquals("title", title).singleResult();
  }

  private Task taskAt(HistoricProcessInstance item, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(item.getId())
        .taskDefinitionKey(activity).singleResult();
  }

  private Task waitingTask(HistoricProcessInstance item, String activity) {
    List<Task> found = new ArrayList<>();
    waitUntil("the item to wait at " + activity, d -> {
      Task task = taskAt(item, activity);
      if (task != null) {
        found.add(task);
      }
      return task != null;
    });
    return found.get(found.size() - 1);
  }

  /** Ticks an entry of a form-js checklist by its label. */
  private void tick(String label) {
    click(By.xpath("//form[contains(@class,'fjs-form')]//label[normalize-space(.)=" + xpathLiteral(label)
        + "]//input[@type='checkbox'] | //form[contains(@class,'fjs-form')]//label[normalize-space(.)="
        + xpathLiteral(label) + "]/preceding-sibling::input[@type='checkbox'][1]"));
  }

  /** Picks an option of a form-js select by its label. */
  private void chooseOption(String fieldId, String label) {
    click(By.cssSelector("form.fjs-form [id$='-" + fieldId + "-display']"));
    click(By.xpath("//form[contains(@class,'fjs-form')]//*[contains(@class,'fjs-dropdownlist-item')"
        + " and normalize-space(.)=" + xpathLiteral(label) + "]"));
    waitForText(By.cssSelector("form.fjs-form [id$='-" + fieldId + "-display']"), label);
  }
}
