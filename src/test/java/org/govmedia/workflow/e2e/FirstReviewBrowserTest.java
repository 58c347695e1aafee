package org.govmedia.workflow.e2e;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.AccountRegister;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browser tests of an item waiting at its first review: the item is made through the engine
 * ({@link PublicationItems}), reviewer1 signs in to Tasklist and opens the task from 待办.
 */
abstract class FirstReviewBrowserTest extends BrowserTest {

  @Autowired AccountRegister register;
  PublicationItems items;

  /** An item at 初审, its unique title and its open task. */
  record AtFirstReview(ProcessInstance item, String title, String taskId) {}

  @BeforeEach
  void items() {
    items = new PublicationItems(engine, register);
  }

  /** A new item at 初审 (its title made unique from {@code title}), reviewer1 signed in to Tasklist. */
  AtFirstReview reviewerSignedInAtFirstReview(String title, String body) {
    String unique = PublicationItems.uniqueTitle(title);
    ProcessInstance item = items.atFirstReview(unique, body);
    AtFirstReview at = new AtFirstReview(item, unique, items.task(item).getId());
    signIn("tasklist", "reviewer1");
    return at;
  }

  /** Opens the item's first-review task from 待办 (My group's tasks). */
  void opensTheFirstReviewTask(AtFirstReview at) {
    step("opens the first-review task from 待办", () -> {
      openFilter("待办");
      visible(taskCard(at.taskId()));
      openTask(at.taskId());
      waitForText(By.cssSelector("[cam-tasklist-task]"), "初审（含保密审查）");
    });
  }
}
