package org.govmedia.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A quarter of a province has tens of thousands of account lines: the JSON and the HTML page show
 * them a page at a time ({@code page} from 1, {@code size} up to 2,000) with the whole quarter's
 * totals, while the CSV keeps every line; report-deadline is not evaluated again on every read.
 */
class QuarterlyReportPagingTest extends ReportingTestSupport {

  @Autowired ObjectMapper json;

  private ResponseEntity<String> get(String path) {
    return as("supervisor1").getForEntity(path, String.class);
  }

  @Test
  void aPageOfTheLinesWithTheTotalsOfTheWholeQuarter() throws Exception {
    String unit = unique("河南某县分页测试局");
    clock("2025-08-20T10:00");
    for (int i = 0; i < 6; i++) {
      account("henan-2019", unit);
    }
    clock("2025-09-01T03:00");
    Map<Long, ProcessInstance> supervisions = round("henan-2019", "2025-Q3", unit);
    int count = supervisions.size();
    assertThat(count).isGreaterThanOrEqualTo(3);
    inspect(supervisions.values().iterator().next(), true);
    clock("2025-10-02T09:00");
    String path = "/api/reports/quarters/2025-Q3?ruleSet=henan-2019&ownerUnit=" + unit;

    JsonNode all = json.readTree(get(path + "&size=2000").getBody());
    assertThat(all.get("accounts")).hasSize(count);
    assertThat(all.get("lineCount").asInt()).isEqualTo(count);
    List<Long> order = new ArrayList<>();
    all.get("accounts").forEach(line -> order.add(line.get("supervisionId").asLong()));

    JsonNode second = json.readTree(get(path + "&page=2&size=2").getBody());
    assertThat(second.get("lineCount").asInt()).isEqualTo(count);
    assertThat(second.at("/page/number").asInt()).isEqualTo(2);
    assertThat(second.at("/page/first").asInt()).isEqualTo(3);
    assertThat(second.at("/page/last").asInt()).isEqualTo(Math.min(4, count));
    List<Long> shown = new ArrayList<>();
    second.get("accounts").forEach(line -> shown.add(line.get("supervisionId").asLong()));
    assertThat(shown).isEqualTo(order.subList(2, Math.min(4, count)));
    assertThat(second.get("totals")).isEqualTo(all.get("totals"));
    assertThat(second.get("rounds")).isEqualTo(all.get("rounds"));
    assertThat(second.at("/totals/prominent").asInt()).isEqualTo(1);

    // The default page is 200 lines: this unit's lines all fit on it.
    JsonNode first = json.readTree(get(path).getBody());
    assertThat(first.at("/page/size").asInt()).isEqualTo(200);
    assertThat(first.get("accounts")).hasSize(count);

    // The page of the second line alone: where it stands, both neighbours and the two files.
    String html = get(path + "&page=2&size=1&format=html").getBody();
    assertThat(html).contains("第 2–2 条，共 " + count + " 条（第 2 页，共 " + count + " 页）")
        .contains("上一页").contains("&amp;size=1&amp;format=html&amp;page=1\"")
        .contains("下一页").contains("&amp;size=1&amp;format=html&amp;page=3\"")
        .contains("&amp;format=csv\"").contains("&amp;format=xlsx\"");
    JsonNode line2 = all.get("accounts").get(1); // 序号 counts from the quarter's first line
    assertThat(html).contains("<td>2</td>\n<td>" + line2.get("accountName").asText() + "（"
        + line2.get("accountId").asLong() + "）</td>");

    String csv = get(path + "&page=2&size=2&format=csv").getBody();
    assertThat(csv.split("\r\n")).hasSize(count + 1);
  }

  @Test
  void aBadPageOrSizeIsA400NamingTheField() {
    String path = "/api/reports/quarters/2025-Q3?ruleSet=henan-2019";
    for (String bad : List.of("&size=0", "&size=2001", "&size=abc", "&page=0", "&page=-1", "&page=x")) {
      ResponseEntity<String> answer = get(path + bad);
      assertThat(answer.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
      String field = bad.substring(1, bad.indexOf('='));
      assertThat(answer.getBody()).as(bad).contains("\"field\":\"" + field + "\"").contains("参数 " + field);
    }
    assertThat(get(path + "&format=csv&size=5000").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void readingTheReportTwiceWritesNoDecisionHistory() {
    String path = "/api/reports/quarters/2025-Q2?ruleSet=henan-2019";
    assertThat(get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
    long decisions = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(ReportDeadlineRows.DECISION).count();
    JsonNode answer;
    try {
      answer = json.readTree(get(path).getBody());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(answer.get("deadlineDay").asText()).isEqualTo("2025-07-10");
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(ReportDeadlineRows.DECISION).count()).isEqualTo(decisions);
  }
}
