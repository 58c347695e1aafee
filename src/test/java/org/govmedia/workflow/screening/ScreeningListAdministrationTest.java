package org.govmedia.workflow.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Administrators extend the lists through /api: an entry added and an entry switched off change the
 * very next screening, and the journal keeps who did it and why. Others are refused 403 with nothing
 * changed; bad input 400 with nothing written. A change written by another node (straight into the
 * shared database) is picked up by this node's next screening.
 */
class ScreeningListAdministrationTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> check(String body) {
    ResponseEntity<Map> answer = as("editor1").postForEntity("/api/screening/check",
        new HttpEntity<>(Map.of("body", body)), Map.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (List<Map<String, Object>>) answer.getBody().get("hits");
  }

  private ResponseEntity<String> post(String user, String path, Map<String, Object> body) {
    return as(user).postForEntity("/api/screening/words" + path, new HttpEntity<>(body), String.class);
  }

  private long changes() {
    return jdbc.queryForObject("select count(*) from gm_screening_list_change", Long.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anAddedEntryAndASwitchedOffOneChangeTheNextScreeningAndTheJournalKeepsWhoAndWhy() {
    String wrong = "某某局" + UUID.randomUUID().toString().substring(0, 6);
    String text = "据悉，" + wrong + "已开展工作，网友纷纷吐槽。";
    assertThat(check(text)).extracting(h -> h.get("word")).containsExactly("吐槽");

    ResponseEntity<String> added = post("demo", "", Map.of("category", "OBSOLETE_AGENCY", "word", wrong,
        "correction", "某某管理局", "source", "2026年某市机构改革方案", "reason", "市机构改革后更名，检查通报点名"));
    assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> off = post("demo", "/switch-off", Map.of("category", "EMOTIONAL_OPINION", "word", "吐槽",
        "reason", "转述网民意见的新闻常用，误报多"));
    try {
      assertThat(off.getStatusCode()).as(off.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

      List<Map<String, Object>> hits = check(text);
      assertThat(hits).singleElement().satisfies(hit -> {
        assertThat(hit).containsEntry("word", wrong).containsEntry("start", 3).containsEntry("field", "body")
            .containsEntry("kind", "ERRONEOUS").containsEntry("category", "OBSOLETE_AGENCY")
            .containsEntry("categoryName", "过时机构名称").containsEntry("correction", "某某管理局")
            .containsEntry("source", "2026年某市机构改革方案");
      });

      List<Map<String, Object>> journal = as("reviewer1").getForObject("/api/screening/words/journal", List.class);
      assertThat(journal).anySatisfy(row -> assertThat(row).containsEntry("action", "ADD").containsEntry("word", wrong)
          .containsEntry("changedBy", "demo").containsEntry("reason", "市机构改革后更名，检查通报点名"));
      assertThat(journal).anySatisfy(row -> assertThat(row).containsEntry("action", "SWITCH_OFF")
          .containsEntry("word", "吐槽").containsEntry("changedBy", "demo")
          .containsEntry("reason", "转述网民意见的新闻常用，误报多"));
      Map<String, Object> lists = as("editor1").getForObject("/api/screening/words", Map.class);
      assertThat((List<Map<String, Object>>) lists.get("entries")).anySatisfy(e -> assertThat(e)
          .containsEntry("word", "吐槽").containsEntry("active", false).containsEntry("offBy", "demo"));
    } finally {
      post("demo", "/switch-on", Map.of("category", "EMOTIONAL_OPINION", "word", "吐槽", "reason", "测试结束，恢复"));
    }
    assertThat(check("网友纷纷吐槽。")).extracting(h -> h.get("word")).containsExactly("吐槽");
  }

  @Test
  void onlyAnAdministratorChangesTheListsAndNothingChangesOnARefusal() {
    long before = changes();
    Map<String, Object> entry = Map.of("category", "OBSOLETE_AGENCY", "word", "某甲局", "correction", "某乙局",
        "source", "某方案", "reason", "试图绕过管理员");
    for (String user : List.of("editor1", "reviewer1", "approver1", "supervisor1", "hotline1")) {
      assertThat(post(user, "", entry).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(post(user, "/switch-off", Map.of("category", "TITLES_ORGANS", "word", "国务院总书记",
          "reason", "不想被拦")).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(changes()).isEqualTo(before);
    assertThat(check("经国务院总书记批准。")).extracting(h -> h.get("correction")).containsExactly("国务院总理");
  }

  @Test
  void badChangesAreRefused400NamingTheFieldWithNothingWritten() {
    long before = changes();
    assertThat(post("demo", "", Map.of("category", "OBSOLETE_AGENCY", "word", "某丙局", "correction", "某丁局",
        "source", "某方案")).getBody()).contains("reason");
    assertThat(post("demo", "", Map.of("category", "OBSOLETE_AGENCY", "word", "某丙局", "source", "某方案",
        "reason", "更名")).getBody()).contains("correction");
    assertThat(post("demo", "", Map.of("category", "PERSONAL_DATA", "word", "某丙局", "source", "某方案",
        "reason", "更名")).getBody()).contains("category");
    assertThat(post("demo", "", Map.of("category", "TITLES_ORGANS", "word", "国务院总书记", "correction", "国务院总理",
        "source", "宪法", "reason", "重复")).getBody()).contains("word");
    assertThat(post("demo", "", Map.of("category", "OBSOLETE_AGENCY", "word", Map.of("x", 1), "source", "某方案",
        "reason", "更名")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("demo", "/switch-off", Map.of("category", "TITLES_ORGANS", "word", "国务院总书记"))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("demo", "/switch-off", Map.of("category", "TITLES_ORGANS", "word", "不存在的词条", "reason", "无"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(changes()).isEqualTo(before);
  }

  @Test
  void aChangeMadeOnAnotherNodeIsUsedByTheNextScreeningHere() {
    assertThat(check("这个方案太坑了。")).extracting(h -> h.get("word")).containsExactly("太坑了");
    Timestamp now = Timestamp.from(Instant.now());
    // What node B writes when its administrator switches an entry off.
    jdbc.update("insert into gm_screening_switch_off (category, word, reason, switched_by, switched_at) "
        + "values ('EMOTIONAL_OPINION', '太坑了', '另一节点停用', 'demo', ?)", now);
    jdbc.update("insert into gm_screening_list_change (action, category, word, reason, changed_by, changed_at) "
        + "values ('SWITCH_OFF', 'EMOTIONAL_OPINION', '太坑了', '另一节点停用', 'demo', ?)", now);
    try {
      assertThat(check("这个方案太坑了。")).isEmpty();
    } finally {
      post("demo", "/switch-on", Map.of("category", "EMOTIONAL_OPINION", "word", "太坑了", "reason", "测试结束，恢复"));
    }
    assertThat(check("这个方案太坑了。")).hasSize(1);
  }
}
