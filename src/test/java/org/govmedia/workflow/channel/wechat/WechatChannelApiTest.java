package org.govmedia.workflow.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Connecting an account to its WeChat official account: who may, what is checked, what is kept. */
@ExtendWith(OutputCaptureExtension.class)
class WechatChannelApiTest extends WechatTestSupport {

  private ResponseEntity<String> put(String user, long accountId, Map<String, Object> body) {
    return as(user).exchange("/api/accounts/" + accountId + "/channel", HttpMethod.PUT,
        new HttpEntity<>(body), String.class);
  }

  private Map<String, Object> stored(long accountId) {
    return jdbc.sql("select * from gm_wechat_channel where account_id = :id").param("id", accountId)
        .query().singleRow();
  }

  @Test
  void secretsAreStoredEncryptedNeverAnsweredAndNeverLogged(CapturedOutput output) throws Exception {
    Config config = connectedAccount();
    // In the database: sealed, not the plaintext.
    Map<String, Object> row = stored(config.accountId());
    for (String column : List.of("APP_SECRET_ENC", "TOKEN_ENC", "AES_KEY_ENC")) {
      String value = String.valueOf(row.get(row.containsKey(column) ? column : column.toLowerCase()));
      assertThat(value).startsWith("v1:").doesNotContain(config.appSecret())
          .doesNotContain(config.token()).doesNotContain(config.aesKey());
    }
    // ... and read back as they were entered.
    WechatChannel channel = api.channel(config.accountId()).orElseThrow();
    assertThat(channel.appSecret()).isEqualTo(config.appSecret());
    assertThat(channel.encodingAesKey()).isEqualTo(config.aesKey());

    ResponseEntity<String> view = as("demo").getForEntity("/api/accounts/" + config.accountId() + "/channel",
        String.class);
    assertThat(view.getStatusCode().value()).isEqualTo(200);
    assertThat(view.getBody()).contains(config.appId()).contains("/channels/wechat/" + config.accountId())
        .doesNotContain(config.appSecret()).doesNotContain(config.token()).doesNotContain(config.aesKey());
    assertThat(as("demo").getForObject("/api/accounts/" + config.accountId(), String.class))
        .doesNotContain(config.appSecret()).doesNotContain(config.aesKey());

    // A message in and its receipt out (token fetched with the secret) log none of them either.
    plainPush(config, textXml("oCitizen1", nowSeconds(), "社保卡怎么补办？", newMsgId()));
    settle();
    assertThat(output.getAll()).doesNotContain(config.appSecret()).doesNotContain(config.token())
        .doesNotContain(config.aesKey());
  }

  @Test
  void malformedValuesAreRefusedNamingTheFieldAndNothingIsWritten() {
    long accountId = wechatAccount();
    Config config = newConfig(accountId);
    Map<String, Object> shortKey = new HashMap<>(config.body());
    shortKey.put("encodingAesKey", config.aesKey().substring(1));
    ResponseEntity<String> answer = put("demo", accountId, shortKey);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).contains("\"field\":\"encodingAesKey\"").contains("43");

    Map<String, Object> notWx = new HashMap<>(config.body());
    notWx.put("appId", "ab" + config.appId().substring(2));
    answer = put("demo", accountId, notWx);
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).contains("\"field\":\"appId\"").contains("wx");

    Map<String, Object> noSecret = new HashMap<>(config.body());
    noSecret.remove("appSecret");
    assertThat(put("demo", accountId, noSecret).getBody()).contains("\"field\":\"appSecret\"");

    assertThat(jdbc.sql("select count(*) from gm_wechat_channel where account_id = :id")
        .param("id", accountId).query(Long.class).single()).isZero();
  }

  @Test
  void onlyTheUnitsAccountAdminsAndAdministratorsConnectAnAccount() {
    long accountId = wechatAccount();
    Config config = newConfig(accountId);
    // An account admin of the account's unit: a member of the unit's group (type "unit").
    var identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId("unit-county-hrss").count() == 0) {
      Group unit = identity.newGroup("unit-county-hrss");
      unit.setName(UNIT);
      unit.setType(WechatChannelController.UNIT_GROUP_TYPE);
      identity.saveGroup(unit);
    }
    createUser("wxowner", "account-admins", "unit-county-hrss");
    createUser("wxotherowner", "account-admins");

    assertThat(put("editor1", accountId, config.body()).getStatusCode().value()).isEqualTo(403);
    assertThat(put("hotline1", accountId, config.body()).getStatusCode().value()).isEqualTo(403);
    // owner1 and wxotherowner are account admins, but not of this account's unit.
    assertThat(put("wxotherowner", accountId, config.body()).getStatusCode().value()).isEqualTo(403);
    assertThat(as("wxotherowner").getForEntity("/api/accounts/" + accountId + "/channel", String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(jdbc.sql("select count(*) from gm_wechat_channel where account_id = :id")
        .param("id", accountId).query(Long.class).single()).isZero();

    assertThat(put("wxowner", accountId, config.body()).getStatusCode().value()).isEqualTo(200);
    assertThat(stored(accountId).values()).contains("wxowner");

    // A stranger's attempt to replace it changes nothing.
    Config forged = newConfig(accountId);
    assertThat(put("wxotherowner", accountId, forged.body()).getStatusCode().value()).isEqualTo(403);
    assertThat(api.channel(accountId).orElseThrow().appId()).isEqualTo(config.appId());
  }

  @Test
  void serverCheckEchoesForTheGenuineTokenOnly() {
    Config config = connectedAccount();
    String echo = "echo" + newMsgId();
    String genuine = signedQuery(config.token(), nowSeconds()) + "&echostr=" + echo;
    ResponseEntity<String> answer = rest.getForEntity("/channels/wechat/" + config.accountId() + "?" + genuine,
        String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getBody()).isEqualTo(echo);

    String forged = signedQuery("notTheToken", nowSeconds()) + "&echostr=" + echo;
    answer = rest.getForEntity("/channels/wechat/" + config.accountId() + "?" + forged, String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(403);
    assertThat(answer.getBody()).doesNotContain(echo);

    String stale = signedQuery(config.token(), nowSeconds() - 6 * 60) + "&echostr=" + echo;
    assertThat(rest.getForEntity("/channels/wechat/" + config.accountId() + "?" + stale, String.class)
        .getStatusCode().value()).isEqualTo(403);
    // An account without a channel answers like a forgery.
    assertThat(rest.getForEntity("/channels/wechat/" + wechatAccount() + "?" + genuine, String.class)
        .getStatusCode().value()).isEqualTo(403);
  }
}
