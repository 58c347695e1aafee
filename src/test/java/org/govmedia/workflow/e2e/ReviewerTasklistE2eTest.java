package org.govmedia.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A first reviewer signs an item in Tasklist, in Chinese, through the Camunda Form. */
class ReviewerTasklistE2eTest extends FirstReviewBrowserTest {

  static final String BODY = "各单位要做好秋季森林防火工作。本店限时抢购，欢迎选购。";

  @Test
  void reviewerApprovesTheFirstReviewWithAComment() {
    AtFirstReview at = reviewerSignedInAtFirstReview("关于秋季防火的通知", BODY);
    ProcessInstance item = at.item();
    String taskId = at.taskId();
    opensTheFirstReviewTask(at);
    seesTheTitleTheBodyAndTheHits(at.title());
    step("approves with a comment", () -> {
      claimTask();
      chooseRadio("同意");
      // 保密审查 (baicheng art. 6): 初审 states the confidentiality check when it approves.
      click(By.xpath("//form[contains(@class,'fjs-form')]//label[contains(normalize-space(.),'已做保密审查')]"
          + "/ancestor::*[contains(@class,'fjs-form-field')][1]//input[@type='checkbox']"));
      typeInto("publication-first-review-comment", "同意发布，注意删去广告用语。");
    });
    step("completes the task", () -> {
      clickComplete();
      waitUntil("the task to leave the list", ExpectedConditions.invisibilityOfElementLocated(taskCard(taskId)));
    });
    step("the item is at the second review", () -> {
      assertThat(items.waitingAt(item)).isEqualTo("second-review");
      assertThat((String) items.variable(item, "reviewComments")).contains("同意发布，注意删去广告用语。");
    });
  }

  @Test
  void reviewerRejectsWithACommentAndTheItemGoesBackToTheEditor() {
    AtFirstReview at = reviewerSignedInAtFirstReview("关于冬季供暖的通知", BODY);
    ProcessInstance item = at.item();
    String taskId = at.taskId();
    opensTheFirstReviewTask(at);
    seesTheTitleTheBodyAndTheHits(at.title());
    step("rejects with a comment", () -> {
      claimTask();
      chooseRadio("退回修改");
      typeInto("publication-first-review-comment", "含广告用语「限时抢购」，请删改后重报。");
    });
    step("completes the task", () -> {
      clickComplete();
      waitUntil("the task to leave the list", ExpectedConditions.invisibilityOfElementLocated(taskCard(taskId)));
    });
    step("the item is back at the draft with the comment", () -> {
      assertThat(items.waitingAt(item)).isEqualTo("draft");
      assertThat((String) items.variable(item, "reviewComments"))
          .contains("含广告用语「限时抢购」，请删改后重报。");
    });
  }

  private void seesTheTitleTheBodyAndTheHits(String title) {
    step("sees the title, the body and the screening hits", () -> {
      waitForFormValue("publication-first-review-title", title);
      waitForFormValue("publication-first-review-body", "本店限时抢购");
      waitForFormValue("publication-first-review-screeningHits", "限时抢购");
    });
  }
}
