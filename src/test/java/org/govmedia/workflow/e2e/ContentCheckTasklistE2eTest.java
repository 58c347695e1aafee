package org.govmedia.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 内容检查 ("check now") in Tasklist: a first reviewer opens the review task of an item whose body
 * still names 环保局, opens the tab 内容检查 beside the form and reads the hit in Chinese (where,
 * what, category, the correct form 生态环境局, the source); 重新检查 asks again.
 */
class ContentCheckTasklistE2eTest extends FirstReviewBrowserTest {

  static final String BODY = "县环保局今日发布秋季秸秆禁烧通告，请各乡镇遵照执行。";
  /** The English half of the bilingual model names Tasklist shows (docs/ARCHITECTURE.md, "Naming"). */
  static final String[] MODEL_ENGLISH = {"First review with confidentiality check", "Content publication",
      "First review"};

  static final By TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='内容检查']");
  static final By SUMMARY = By.cssSelector(".govmedia-content-check .govmedia-check-summary");
  static final By ROWS = By.cssSelector(".govmedia-content-check table.govmedia-check-hits tbody tr");
  static final By AGAIN = By.cssSelector(".govmedia-content-check button.govmedia-check-again");

  @Test
  void reviewerChecksTheItemNowAndReadsTheHitWithItsCorrection() {
    AtFirstReview at = reviewerSignedInAtFirstReview("关于秸秆禁烧的通告", BODY);
    opensTheFirstReviewTask(at);
    step("opens the 内容检查 tab and reads the hit in chinese", () -> {
      click(TAB);
      waitForText(SUMMARY, "发现1处问题：过时机构名称1处。");
      List<String> cells = visible(ROWS).findElements(By.tagName("td")).stream().map(WebElement::getText)
          .toList();
      assertThat(cells).hasSize(5);
      assertThat(cells.subList(0, 4)).containsExactly("正文第2字起", "环保局", "过时机构名称", "生态环境局");
      assertThat(cells.get(4)).contains("深化党和国家机构改革方案");
      assertThat(all(ROWS)).hasSize(1);
      assertThat(bodyText()).contains("位置", "发现内容", "类别", "正确写法或处理", "依据", "检查时间：");
      assertReadsChinese(MODEL_ENGLISH);
    });
    step("clicks 重新检查 and gets the same answer again", () -> {
      // The answer on the page is cleared first: what shows afterwards came from the new check.
      ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
          "document.querySelector('.govmedia-content-check .govmedia-check-result').replaceChildren()");
      assertThat(all(ROWS)).isEmpty();
      click(AGAIN);
      waitForText(SUMMARY, "发现1处问题：过时机构名称1处。");
      assertThat(all(ROWS)).hasSize(1);
      assertThat(visible(ROWS).getText()).contains("环保局", "生态环境局");
      assertReadsChinese(MODEL_ENGLISH);
    });
  }

  @Test
  void aCleanItemReadsNoProblemFound() {
    AtFirstReview at = reviewerSignedInAtFirstReview("关于秋季防火的通知", "各单位要做好秋季森林防火工作。");
    opensTheFirstReviewTask(at);
    step("opens the 内容检查 tab and reads 未发现问题", () -> {
      click(TAB);
      waitForText(SUMMARY, "未发现问题。");
      assertThat(all(ROWS)).isEmpty();
      assertReadsChinese(MODEL_ENGLISH);
    });
  }
}
