package org.govmedia.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.AccountRegister;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Four eyes in Tasklist: who signed the first review cannot sign the second, and is told why. */
class FourEyesTasklistE2eTest extends BrowserTest {

  /** The English halves of the model's bilingual names (for analysts; docs/ARCHITECTURE.md). */
  private static final String[] MODEL_ENGLISH = {"Content publication", "Second review"};

  @Autowired AccountRegister register;

  @Test
  void aReviewerInTwoGroupsWhoSignedTheFirstReviewIsRefusedTheSecond() {
    PublicationItems items = new PublicationItems(engine, register);
    String reviewer = "rv12-" + UUID.randomUUID().toString().substring(0, 6);
    items.createUser(reviewer, "first-reviewers", "second-reviewers");
    String title = PublicationItems.uniqueTitle("关于防汛值班安排的通知");
    ProcessInstance item = items.atFirstReview(title, "汛期实行24小时值班制度。");
    items.sign(item, reviewer, "first-reviewers", "初审同意");
    assertThat(items.waitingAt(item)).isEqualTo("second-review");
    String secondReview = items.task(item).getId();

    signIn("tasklist", reviewer);
    step("opens the second-review task from the 待办 My group's tasks filter", () -> {
      openFilter("待办");
      openTask(secondReview);
      waitForText(By.cssSelector("[cam-tasklist-task]"), "复审");
      waitForFormValue("publication-review-title", title);
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("claiming shows the four-eyes refusal, in Chinese", () -> {
      click(By.cssSelector("[cam-tasklist-task] button.claim"));
      visible(By.xpath("//*[contains(@class,'alert') and contains(normalize-space(.), '四眼原则')]"));
      assertThat(bodyText()).contains(reviewer + " 已在初审签署本稿件");
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("the task stays open at the second review", () -> {
      assertThat(items.waitingAt(item)).isEqualTo("second-review");
      assertThat(items.task(item).getId()).isEqualTo(secondReview);
      assertThat(items.variable(item, "approved")).isNull();
      assertThat(items.task(item).getAssignee()).as("the task stays free").isNull();
    });
  }
}
