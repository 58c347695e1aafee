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
      waitForText(By.cssSelector("[cam-tasklist-task]"), "复审 Second review");
      waitForFormValue("publication-review-title", title);
    });
    step("claiming shows the four-eyes refusal, in Chinese", () -> {
      click(By.cssSelector("[cam-tasklist-task] button.claim"));
      visible(By.xpath("//*[contains(@class,'alert') and contains(normalize-space(.), '四眼原则')]"));
    });
    step("the task stays open at the second review", () -> {
      assertThat(items.waitingAt(item)).isEqualTo("second-review");
      assertThat(items.task(item).getId()).isEqualTo(secondReview);
      assertThat(items.variable(item, "approved")).isNull();
      assertThat(items.task(item).getAssignee()).as("the task stays free").isNull();
    });
  }
}
