package org.govmedia.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.govmedia.workflow.account.Account;
import org.govmedia.workflow.account.AccountValidator;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 检查结果公开 (gaoxian 7(3); henan 6(2)): a supervisor publishes a reported inspection round
 * (POST /api/reports/rounds/{id}/publish) and GET /public/inspections shows it without login, in
 * Chinese, Beijing time: period, accounts checked, problems found, measures taken, per account name.
 * A round not published is not shown; nothing internal is (the responsible people's phone numbers
 * of the demo data, user ids); nobody but a supervisor publishes, and a refused publication changes
 * nothing.
 */
class PublicInspectionsTest extends SupervisionTestSupport {

  @org.springframework.beans.factory.annotation.Autowired PublishedRounds publishedRounds;

  /** The demo data's phone numbers (DemoAccounts) and user ids (IdentitySetup's demo users). */
  private static final List<String> DEMO_PHONES = List.of("0431-80000001", "0431-80000002", "0431-80000003");
  private static final List<String> USER_IDS = List.of("editor1", "reviewer1", "reviewer2", "approver1",
      "leader1", "hotline1", "dept1", "owner1", "supervisor1", "demo");

  /** An ACTIVE account of the unit whose responsible people carry the demo data's phone numbers. */
  private Account accountWithPhones(String unit, String name) {
    Map<String, Object> data = accountData("gaoxian-2023");
    data.put("ownerUnit", unit);
    data.put("name", name);
    data.put("leader", Map.of("name", "赵国强", "title", "副局长", "phone", DEMO_PHONES.get(0)));
    data.put("reviewer", Map.of("name", "李文静", "title", "办公室副主任", "phone", DEMO_PHONES.get(1)));
    data.put("publisher", Map.of("name", "张晓明", "title", "信息员", "phone", DEMO_PHONES.get(2)));
    return register.registerExisting(new AccountValidator().account(data, null), "owner1");
  }

  /** A round of the unit for 2025-10 started by supervisor1, its supervisions started. */
  private ProcessInstance round(String unit) {
    ProcessInstance round = startRound("gaoxian-2023", "2025-10", unit, null);
    executeJobs(round, 5);
    return round;
  }

  private ResponseEntity<Map> publish(String user, long roundId) {
    return as(user).exchange("/api/reports/rounds/" + roundId + "/publish", HttpMethod.POST,
        HttpEntity.EMPTY, Map.class);
  }

  private ResponseEntity<String> publicPage() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return rest.exchange("/public/inspections", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void aPublishedRoundIsShownWithoutLoginAndAnUnpublishedOneIsNot() {
    clock("2025-11-03T10:00");
    String unit = unique("高县公开检查局");
    List<Account> shown = new ArrayList<>();
    shown.add(accountWithPhones(unit, unique("高县公开微信")));
    shown.add(accountWithPhones(unit, unique("高县公开微博")));
    dailyPosts(shown.get(1), "2025-09-20", "2025-10-31", true);
    ProcessInstance published = round(unit);
    long publishedId = (Long) var(published, "roundId");

    String hiddenUnit = unique("高县未公开检查局");
    Account hidden = accountWithPhones(hiddenUnit, unique("未公开账号"));
    ProcessInstance unpublished = round(hiddenUnit);
    long unpublishedId = (Long) var(unpublished, "roundId");

    // Not reported yet: nothing to publish.
    ResponseEntity<Map> early = publish("supervisor1", publishedId);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) early.getBody().get("message")).contains("尚未形成通报");

    Map<Long, ProcessInstance> supervisions = supervisionsOf(publishedId);
    inspect(supervisions.get(shown.get(0).getId()), true, "十月连续两周未更新，请联系 0431-80000001 或 13800000003");
    inspect(supervisions.get(shown.get(1).getId()), false, "");
    executeJobs(published, 1);
    inspect(supervisionsOf(unpublishedId).get(hidden.getId()), true, "未公开轮次的问题");
    executeJobs(unpublished, 1);
    assertThat(records.round(publishedId).orElseThrow().status()).isEqualTo("REPORTED");
    assertThat(records.round(unpublishedId).orElseThrow().status()).isEqualTo("REPORTED");

    clock("2025-11-05T09:30");
    ResponseEntity<Map> done = publish("supervisor1", publishedId);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody()).containsEntry("publicPath", "/public/inspections");
    assertThat(publish("supervisor1", publishedId).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<String> page = publicPage();
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    String html = page.getBody();
    assertThat(html).contains("<html lang=\"zh-CN\"", "2025年10月政务新媒体检查结果", "全覆盖检查",
        shown.get(0).getName(), shown.get(1).getName(), unit, "微信公众号", "连续两周以上未更新",
        "十月连续两周未更新", "提醒", "无需处置", "未发现问题", "2025-11-05 09:30");
    assertThat(html).doesNotContain(hidden.getName(), hiddenUnit, "未公开轮次的问题");
    assertThat(html).doesNotContain(DEMO_PHONES.toArray(String[]::new)).doesNotContain("13800000003");
    for (String userId : USER_IDS) {
      assertThat(html).as("user id " + userId).doesNotContainIgnoringCase(userId);
    }
    assertThat(html).doesNotContain("WECHAT", "WARN", "NONE", "gaoxian", "REPORTED", "赵国强");
  }

  @Test
  void nobodyButASupervisorPublishesAndARefusalChangesNothing() {
    clock("2025-11-03T10:00");
    String unit = unique("高县拒绝公开局");
    Account account = accountWithPhones(unit, unique("拒绝公开账号"));
    ProcessInstance round = round(unit);
    long roundId = (Long) var(round, "roundId");
    inspect(supervisionsOf(roundId).get(account.getId()), true, "问题");
    executeJobs(round, 1);

    for (String user : List.of("owner1", "editor1", "leader1", "hotline1")) {
      assertThat(publish(user, roundId).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.exchange("/api/reports/rounds/" + roundId + "/publish", HttpMethod.POST, HttpEntity.EMPTY,
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(publishedRounds.publishedAt(roundId)).isEmpty();
    assertThat(publicPage().getBody()).doesNotContain(account.getName());
    assertThat(publish("supervisor1", 999_999_999L).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
