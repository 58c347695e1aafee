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
import org.govmedia.workflow.support.WebappSession;
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
    WebappSession browser = WebappSession.tasklist(port, "editor1");
    // An unknown record: the Chinese 404 page, not a login prompt, not Spring's English Whitelabel.
    HttpResponse<String> unknown = browser.get("/api/publications/CP-NONE-" + UUID.randomUUID() + "/record", "text/html");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(unknown.body()).contains("未找到").doesNotContain("Whitelabel", "Not Found");
    // A page the editor may read.
    HttpResponse<String> register = browser.get("/api/accounts");
    assertThat(register.statusCode()).isEqualTo(200);
    assertThat(register.body()).contains("示范人社");
    // The roles still hold: the reports are the supervisors'.
    assertThat(browser.get("/api/reports/years/2025", "text/html").statusCode()).isEqualTo(403);
    // Camunda's REST API keeps its own HTTP basic login.
    assertThat(browser.get("/engine-rest/task", "text/html").statusCode()).isEqualTo(401);
  }

  @Test
  void withoutTheWebappSessionTheApiStillAsksForALogin() throws Exception {
    HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    assertThat(stranger.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/accounts"))
        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  @Test
  void aWriteRidingOnTheWebappSessionAloneIsRefusedAndChangesNothing() throws Exception {
    WebappSession browser = WebappSession.tasklist(port, "supervisor1");
    long before = accounts.count();
    String body = "{\"name\":\"伪造账号\",\"platform\":\"WECHAT\",\"accountClass\":\"OTHER\","
        + "\"ownerUnit\":\"伪造单位\",\"ruleSet\":\"gaoxian-2023\"}";
    HttpResponse<String> forged = browser.client().send(HttpRequest.newBuilder(browser.uri("/api/accounts"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(accounts.count()).isEqualTo(before);
  }
}
