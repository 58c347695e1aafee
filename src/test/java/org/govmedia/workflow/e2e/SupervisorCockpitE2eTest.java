package org.govmedia.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A supervisor finds the overdue message in Cockpit and its supervision task (督办) in Tasklist. */
class SupervisorCockpitE2eTest extends BrowserTest {

  private static final By SEARCH = By.cssSelector("[cam-searchable-area] [cam-widget-search]");
  private static final By BUSINESS_KEYS = By.cssSelector("table.process-instances tbody td.business-key");

  @Test
  void supervisorFindsTheOverdueMessageInCockpitAndItsSupervisionTaskInTasklist() {
    OverdueMessages messages = new OverdueMessages(engine);
    ProcessInstance overdue = messages.overdue();
    ProcessInstance onTime = messages.fresh();
    Task supervise = messages.task(overdue, "supervise-overdue");

    signIn("cockpit", "supervisor1");
    step("opens the message-reply process definition", () -> {
      click(By.xpath("//a[normalize-space(.)='流程' or contains(@href, '#/processes')]"));
      click(By.xpath("//a[normalize-space(.)='留言答复 Message reply']"));
      waitForText(By.cssSelector("dd.definition-key"), "message-reply");
      settle();
      waitUntil("both running messages listed", d -> businessKeys().containsAll(
          List.of(overdue.getBusinessKey(), onTime.getBusinessKey())));
    });
    step("adds the criterion Variable overdue = true", () -> {
      WebElement mainField = clickable(new ByChained(SEARCH, By.cssSelector("input.main-field")));
      mainField.click();
      mainField.sendKeys("变量");
      click(By.xpath("//*[@cam-searchable-area]//ul[contains(@class,'dropdown-menu')]//a[normalize-space(.)='变量']"));
      editPill("name-field", "overdue");
      waitForText(By.cssSelector("[cam-widget-search-pill] .name-field"), "overdue");
      assertThat(driver.findElement(By.cssSelector("[cam-widget-search-pill] .operator-field")).getText().trim())
          .isEqualTo("=");
      editPill("value-field", "true");
      waitForText(By.cssSelector("[cam-widget-search-pill] .value-field"), "true");
      waitUntil("the criterion to be valid", ExpectedConditions.invisibilityOfElementLocated(
          By.cssSelector("[cam-widget-search-pill] .search-label.invalid")));
      settle();
    });
    step("finds the overdue message by its business key", () -> {
      waitUntil("the overdue message " + overdue.getBusinessKey() + " listed, not the message on time "
          + onTime.getBusinessKey(), d -> businessKeys().contains(overdue.getBusinessKey())
          && !businessKeys().contains(onTime.getBusinessKey()));
      // Its start time as clerks write it (Cockpit's own format is 2026-11-30T09:09:14).
      waitUntil("the instance list to show times as yyyy-MM-dd HH:mm", d -> {
        String table = d.findElements(By.cssSelector("table")).stream().map(WebElement::getText)
            .collect(java.util.stream.Collectors.joining("\n"));
        return table.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*")
            && !table.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
      });
    });

    step("the 逾期 Overdue filter in Tasklist lists its 督办 task", () -> {
      driver.get(url("/camunda/app/tasklist/default/"));
      openFilter("逾期");
      WebElement card = visible(taskCard(supervise.getId()))
          .findElement(By.xpath("./ancestor::li[contains(@class,'task')]"));
      // Tasklist names the task and its process in Chinese only (the models are bilingual).
      waitUntil("the card to name the task and its process in Chinese only",
          d -> !card.getText().contains("Supervise") && !card.getText().contains("Message reply"));
      assertThat(card.getText()).contains("督办", "留言答复", overdue.getBusinessKey());
    });
    step("opens the 督办 task", () -> {
      click(taskCard(supervise.getId()));
      waitForText(By.cssSelector("[cam-tasklist-task] .names"), "督办");
      waitForText(By.cssSelector("[cam-tasklist-task] .names"), "留言答复");
      waitUntil("the task's header in Chinese only", d -> !d.findElement(By.cssSelector("[cam-tasklist-task] .names"))
          .getText().contains("Supervise"));
    });
  }

  /**
   * Types into a field of the search pill: the pill usually opens its next field for editing by
   * itself; if not, a click on the field's value starts editing.
   */
  private void editPill(String field, String text) {
    By input = By.cssSelector("[cam-widget-search-pill] ." + field + " input");
    try {
      new WebDriverWait(driver, Duration.ofSeconds(2))
          .until(ExpectedConditions.visibilityOfElementLocated(input));
    } catch (TimeoutException notEditing) {
      click(By.cssSelector("[cam-widget-search-pill] ." + field + " .view-value"));
    }
    visible(input).sendKeys(text, Keys.ENTER);
  }

  private List<String> businessKeys() {
    return all(BUSINESS_KEYS).stream().map(e -> e.getText().trim()).toList();
  }
}
