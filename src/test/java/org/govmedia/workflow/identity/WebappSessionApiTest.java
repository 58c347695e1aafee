package org.govmedia.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.govmedia.workflow.account.AccountRepository;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The record is one click away: a user signed in to Tasklist opens the application's pages under
 * /api in the same browser without a second login, for reading only; a write that rides on the
 * session alone (what a forged cross-site request would carry) is refused and changes nothing.
 */
class WebappSessionApiTest extends IntegrationTest {

  @Autowired AccountRepository accounts;

  @Test
  void aUserSignedInToTasklistReadsApiPagesWithoutASecondLogin() throws Exception {
    HttpClient browser = signedIn("editor1");
    // An unknown record: the Chinese 404 page, not a login prompt, not Spring's English Whitelabel.
    HttpResponse<String> unknown = get(browser, "/api/publications/CP-NONE-" + UUID.randomUUID() + "/record");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(unknown.body()).contains("未找到").doesNotContain("Whitelabel", "Not Found");
    // A page the editor may read.
    HttpResponse<String> register = browser.send(HttpRequest.newBuilder(uri("/api/accounts"))
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(register.statusCode()).isEqualTo(200);
    assertThat(register.body()).contains("示范人社");
    // The roles still hold: the reports are the supervisors'.
    assertThat(get(browser, "/api/reports/years/2025").statusCode()).isEqualTo(403);
    // Camunda's REST API keeps its own HTTP basic login.
    assertThat(get(browser, "/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void withoutTheWebappSessionTheApiStillAsksForALogin() throws Exception {
    HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    assertThat(get(stranger, "/api/accounts").statusCode()).isEqualTo(401);
  }

  @Test
  void aWriteRidingOnTheWebappSessionAloneIsRefusedAndChangesNothing() throws Exception {
    HttpClient browser = signedIn("supervisor1");
    long before = accounts.count();
    String body = "{\"name\":\"伪造账号\",\"platform\":\"WECHAT\",\"accountClass\":\"OTHER\","
        + "\"ownerUnit\":\"伪造单位\",\"ruleSet\":\"gaoxian-2023\"}";
    HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/api/accounts"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(accounts.count()).isEqualTo(before);
  }

  /** A browser signed in to Tasklist through Camunda's own login (with its CSRF token). */
  private HttpClient signedIn(String user) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    String token = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    int login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
    assertThat(login).isEqualTo(200);
    return browser;
  }

  private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
