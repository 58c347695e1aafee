package org.govmedia.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stranger trying reviewer1's password from one address: the stranger's address is throttled
 * (429), reviewer1 keeps logging in from another address, REST and webapp alike, the engine never
 * locks reviewer1, and the administrator logs in from a trusted address. The clients bind to their
 * own loopback addresses (127.0.0.2, 127.0.0.3), so the server sees them as different addresses.
 */
class LoginThrottleApiTest extends IntegrationTest {

  private static final String ATTACKER = "127.0.0.2";
  private static final String REVIEWER = "127.0.0.3";

  @Autowired LoginThrottle throttle;

  @Test
  void aStrangersWrongPasswordsThrottleTheStrangerNotTheUser() throws Exception {
    List<Integer> attack = new ArrayList<>();
    List<Integer> reviewer = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Answer wrong = get(ATTACKER, "/engine-rest/task?maxResults=1", "reviewer1", "guess" + i);
      attack.add(wrong.status());
      if (wrong.status() == 429) {
        assertThat(Long.parseLong(wrong.headers().get("retry-after"))).isBetween(1L, 60L);
        assertThat(wrong.body()).contains("登录失败次数过多");
      }
      reviewer.add(get(REVIEWER, "/engine-rest/task?maxResults=1", "reviewer1", "reviewer1").status());
    }
    // The first six wrong passwords are looked at (five free, the sixth sets the first wait);
    // after that the address waits 1 s, 2 s, 4 s ... and is answered 429 without a check.
    assertThat(attack.subList(0, 6)).as("the stranger's first answers").containsOnly(401);
    assertThat(attack).isSubsetOf(401, 429).contains(429);
    assertThat(attack.stream().filter(status -> status == 401).count())
        .as("wrong passwords that reached the password check").isLessThanOrEqualTo(10);
    assertThat(reviewer).as("reviewer1's own logins from another address").containsOnly(200);
    assertThat(throttle.waitFor(REVIEWER)).isZero();

    // The webapp login of the same stranger is refused before the password check; reviewer1's is not.
    // (the wait may have run out meanwhile: then that guess is checked, 401, and the wait doubles)
    List<Integer> webapp = new ArrayList<>();
    for (int i = 0; i < 4 && !webapp.contains(429); i++) {
      webapp.add(webappLogin(ATTACKER, "reviewer1", "guess"));
    }
    assertThat(webapp).isSubsetOf(401, 429).contains(429);
    assertThat(webappLogin(REVIEWER, "reviewer1", "reviewer1")).isEqualTo(200);
    // The administrator from a trusted address (loopback), whatever failed there before.
    for (int i = 0; i < 12; i++) {
      assertThat(get("127.0.0.1", "/engine-rest/user/count", "demo", "wrong").status()).isEqualTo(401);
    }
    assertThat(get("127.0.0.1", "/engine-rest/user/count", "demo", "demo").status()).isEqualTo(200);
    assertThat(webappLogin("127.0.0.1", "demo", "demo")).isEqualTo(200);
    assertThat(post("127.0.0.1", "/engine-rest/user/reviewer1/unlock", "demo", "demo").status())
        .as("the administrator unlocks").isEqualTo(204);
  }

  @Test
  void wrongPasswordsInTheWebappLoginCountForTheirAddress() throws Exception {
    String stranger = "127.0.0.4";
    for (int i = 0; i < 5; i++) {
      assertThat(webappLogin(stranger, "reviewer2", "guess" + i)).isEqualTo(401);
      assertThat(throttle.waitFor(stranger)).as("after %d free failures", i + 1).isZero();
    }
    assertThat(webappLogin(stranger, "reviewer2", "guess5")).isEqualTo(401);
    assertThat(throttle.waitFor(stranger)).as("after the sixth failure").isPositive();
    assertThat(webappLogin("127.0.0.5", "reviewer2", "reviewer2")).as("reviewer2 elsewhere")
        .isEqualTo(200);
  }

  @Test
  void twentyWrongPasswordsLockNobodyInTheEngine() {
    IdentityService identity = engine.getIdentityService();
    for (int i = 0; i < 20; i++) {
      assertThat(identity.checkPassword("reviewer2", "wrong" + i)).isFalse();
    }
    UserEntity user = (UserEntity) identity.createUserQuery().userId("reviewer2").singleResult();
    assertThat(user.getLockExpirationTime() == null
        || !user.getLockExpirationTime().after(ClockUtil.getCurrentTime()))
        .as("reviewer2 locked until %s", user.getLockExpirationTime()).isTrue();
    assertThat(identity.checkPassword("reviewer2", "reviewer2")).as("reviewer2 right after").isTrue();
  }

  // ------------------------------------------------------------------ a client on its own address

  record Answer(int status, Map<String, String> headers, String body) {}

  private Answer get(String from, String path, String user, String password) throws IOException {
    return send(from, "GET " + path + " HTTP/1.1\r\n" + basic(user, password), null, null);
  }

  private Answer post(String from, String path, String user, String password) throws IOException {
    return send(from, "POST " + path + " HTTP/1.1\r\n" + basic(user, password), "", null);
  }

  /** Logs into Tasklist as a browser does: the page for the CSRF cookie, then the form. */
  private int webappLogin(String from, String user, String password) throws IOException {
    Answer page = send(from, "GET /camunda/app/tasklist/default/ HTTP/1.1\r\n", null, null);
    List<String> cookies = new ArrayList<>();
    String token = null;
    for (String cookie : page.headers().getOrDefault("set-cookie", "").split("\n")) {
      if (cookie.isBlank()) {
        continue;
      }
      String pair = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
      cookies.add(pair);
      if (pair.startsWith("XSRF-TOKEN=")) {
        token = pair.substring("XSRF-TOKEN=".length());
      }
    }
    assertThat(token).as("CSRF token of the page").isNotNull();
    return send(from, "POST /camunda/api/admin/auth/user/default/login/tasklist HTTP/1.1\r\n"
        + "Cookie: " + String.join("; ", cookies) + "\r\nX-XSRF-TOKEN: " + token + "\r\n",
        "username=" + user + "&password=" + password, "application/x-www-form-urlencoded").status();
  }

  private static String basic(String user, String password) {
    return "Authorization: Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8)) + "\r\n";
  }

  private Answer send(String from, String head, String body, String contentType) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder request = new StringBuilder(head).append("Host: localhost:").append(port)
          .append("\r\nAccept: application/json\r\nConnection: close\r\n");
      if (body != null) {
        request.append("Content-Type: ").append(contentType == null ? "application/json" : contentType)
            .append("\r\nContent-Length: ").append(content.length).append("\r\n");
      }
      OutputStream out = socket.getOutputStream();
      out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, end).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.merge(lines[i].substring(0, colon).trim().toLowerCase(),
            lines[i].substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
      }
      return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
    }
  }
}
