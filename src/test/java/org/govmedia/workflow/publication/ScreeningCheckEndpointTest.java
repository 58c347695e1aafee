package org.govmedia.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/screening/check}: editors and reviewers get the hits an item would get, named in
 * Chinese with correction and source; texts past an item's bounds are refused 400 naming the field;
 * anyone else is refused 403.
 */
class ScreeningCheckEndpointTest extends IntegrationTest {

  private ResponseEntity<Map> check(String user, Map<String, Object> body) {
    return as(user).postForEntity("/api/screening/check", new HttpEntity<>(body), Map.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void editorsAndReviewersGetTheHitsAnItemWouldGet() {
    for (String user : List.of("editor1", "reviewer1", "reviewer2", "approver1", "leader1", "demo")) {
      ResponseEntity<Map> answer = check(user, Map.of("title", "国家工商总局发布通知",
          "body", "天安门广场升旗仪式照常举行。本店限时抢购，联系电话13812345678。"));
      assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      List<Map<String, Object>> hits = (List<Map<String, Object>>) answer.getBody().get("hits");
      assertThat(hits).extracting(h -> h.get("field") + "/" + h.get("start") + "/" + h.get("word") + "/"
          + h.get("categoryName")).containsExactly("title/0/国家工商总局/过时机构名称", "body/16/限时抢购/商业广告",
              "body/25/13812345678/个人信息");
      assertThat(hits.get(0)).containsEntry("correction", "国家市场监督管理总局").containsEntry("kind", "ERRONEOUS");
      assertThat((String) hits.get(0).get("source")).contains("深化党和国家机构改革方案");
    }
  }

  @Test
  void textsPastAnItemsBoundsAreRefused400NamingTheField() {
    ResponseEntity<Map> title = check("editor1", Map.of("title", "标".repeat(ContentValidator.MAX_TITLE_LENGTH + 1)));
    assertThat(title.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(title.getBody().toString()).contains("title");
    ResponseEntity<Map> body = check("reviewer1", Map.of("body", "文".repeat(ContentValidator.MAX_BODY_LENGTH + 1)));
    assertThat(body.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body.getBody().toString()).contains("body");
    assertThat(check("editor1", Map.of("body", "文".repeat(ContentValidator.MAX_BODY_LENGTH))).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(check("editor1", Map.of("body", Map.of("text", "国务院总书记"))).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(check("editor1", Map.of("body", "正文", "accountIds", "x")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(check("editor1", Map.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void anyoneOutsideTheEditorsAndReviewersIsRefused403() {
    for (String user : List.of("hotline1", "dept1", "owner1", "supervisor1")) {
      assertThat(check(user, Map.of("body", "经国务院总书记批准。")).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.postForEntity("/api/screening/check", new HttpEntity<>(Map.of("body", "正文")), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
