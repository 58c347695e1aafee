package org.govmedia.workflow.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * PUT /api/accounts/{id}/channel sent by an administrator who clicks 保存 several times, or by two
 * at once, for an account without a channel yet; and for an account that does not exist.
 */
class WechatChannelAttackTest extends WechatTestSupport {

  private static final int AT_ONCE = 8;

  @Test
  void firstSavesAtOnceAreEachAnsweredAndLeaveOneChannel() throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      long accountId = wechatAccount();
      List<Config> sent = new ArrayList<>();
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
      try {
        for (int i = 0; i < AT_ONCE; i++) {
          Config config = newConfig(accountId);
          sent.add(config);
          answers.add(pool.submit(() -> {
            go.await();
            return as("demo").exchange("/api/accounts/" + accountId + "/channel", HttpMethod.PUT,
                new HttpEntity<>(config.body()), String.class);
          }));
        }
        go.countDown();
        for (Future<ResponseEntity<String>> answer : answers) {
          ResponseEntity<String> put = answer.get();
          assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(200);
        }
      } finally {
        pool.shutdown();
      }
      // One channel, the one of one of the saves, read back whole.
      assertThat(jdbc.sql("select count(*) from gm_wechat_channel where account_id = :id").param("id", accountId)
          .query(Long.class).single()).isEqualTo(1L);
      WechatChannel stored = api.channel(accountId).orElseThrow();
      assertThat(sent).anySatisfy(config -> {
        assertThat(stored.appId()).isEqualTo(config.appId());
        assertThat(stored.appSecret()).isEqualTo(config.appSecret());
      });
    }
  }

  @Test
  void anUnknownAccountIsAChinese404NamingTheId() {
    for (String id : List.of("99999999", "abc", "99999999999999999999999")) {
      ResponseEntity<Map<String, Object>> answer = as("demo").exchange("/api/accounts/" + id + "/channel",
          HttpMethod.PUT, new HttpEntity<>(newConfig(1).body()),
          new ParameterizedTypeReference<Map<String, Object>>() {});

      assertThat(answer.getStatusCode().value()).isEqualTo(404);
      assertThat(answer.getBody()).containsEntry("field", "id");
      assertThat((String) answer.getBody().get("message")).startsWith("台账中没有编号为 " + id + " 的账号");
    }
    assertThat(jdbc.sql("select count(*) from gm_wechat_channel where account_id = 99999999").query(Long.class)
        .single()).isZero();
  }
}
