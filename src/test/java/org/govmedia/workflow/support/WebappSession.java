package org.govmedia.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * A browser signed in to Tasklist through Camunda's own login: its session cookie and the CSRF
 * token that Camunda's CsrfPreventionFilter asks of every write, sent as the webapp sends it. The
 * one helper for the tests that act as a Tasklist user over HTTP without a real browser.
 */
public final class WebappSession {

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final int port;

  private WebappSession(int port) {
    this.port = port;
  }

  /** Signs in to Tasklist as a demo user (password = user id); fails the test unless that works. */
  public static WebappSession tasklist(int port, String user) throws Exception {
    WebappSession session = new WebappSession(port);
    session.page("/camunda/app/tasklist/default/");
    HttpResponse<String> login = session.client.send(HttpRequest.newBuilder(
            session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.token())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("Tasklist login of " + user).isEqualTo(200);
    // The login opens a new session; its first page view hands out the session's CSRF token.
    session.page("/camunda/app/tasklist/default/");
    return session;
  }

  /** The browser itself, for a request of a kind of its own (e.g. a write without the token). */
  public HttpClient client() {
    return client;
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** The session's CSRF token, as the browser reads it from its cookie. */
  public String token() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, second) -> second).orElseThrow();
  }

  /** The token as the webapp hands it to Tasklist's scripts: a response header of a plain GET. */
  public String currentToken() throws Exception {
    HttpResponse<String> page = get("/camunda/api/admin/auth/user/default");
    return page.headers().firstValue("X-XSRF-TOKEN").orElseGet(this::token);
  }

  /** A GET as Tasklist's scripts make it (JSON). */
  public HttpResponse<String> get(String path) throws Exception {
    return get(path, "application/json");
  }

  public HttpResponse<String> get(String path, String accept) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON write with the session's CSRF token. */
  public HttpResponse<String> post(String path, String json) throws Exception {
    return client.send(jsonPost(path, json, token()), HttpResponse.BodyHandlers.ofString());
  }

  /** The same write sent without waiting, with the token the webapp currently hands out. */
  public CompletableFuture<HttpResponse<String>> postAsync(String path, String json) throws Exception {
    return client.sendAsync(jsonPost(path, json, currentToken()), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest jsonPost(String path, String json, String token) {
    return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Accept", "application/json").header("X-XSRF-TOKEN", token)
        .header("Origin", "http://localhost:" + port)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private void page(String path) throws Exception {
    client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
