package org.govmedia.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.govmedia.workflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * One request with a body of gigabytes must not take the server down: every path (the engine's
 * REST API behind a user's own password, the application's API, WeChat's unauthenticated push
 * address) refuses a body over {@code govmedia.web.max-request-body} (8 MB) with 413 and a Chinese
 * message, before the body is read (a declared length) or once it passes the limit (chunked), and
 * nothing is started. The requests go over a plain socket, so the test decides what is sent.
 */
class RequestBodyLimitAttackTest extends IntegrationTest {

  private static final long LIMIT = 8L * 1024 * 1024;
  private static final String START = "/engine-rest/process-definition/key/message-reply/start";

  private long messageReplies() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("message-reply").count();
  }

  @Test
  void aDeclaredTwoGigabyteBodyIsRefusedBeforeAByteOfItIsRead() throws IOException {
    long before = messageReplies();

    // Only the headers and 1 KB are sent: the answer comes without waiting for the rest.
    String answer = exchange("POST " + START + " HTTP/1.1\r\n" + basic("editor1")
        + "Content-Type: application/json\r\nContent-Length: " + (2L << 30) + "\r\n\r\n", "{\"variables\":{".getBytes(StandardCharsets.UTF_8));

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).contains("请求内容过大：不能超过 8 MB");
    assertThat(messageReplies()).isEqualTo(before);
  }

  @Test
  void aChunkedBodyPastTheLimitIsRefusedOnceItPassesIt() throws IOException {
    long before = messageReplies();
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    byte[] megabyte = "x".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
    for (long sent = 0; sent <= LIMIT; sent += megabyte.length) {
      chunks.write((Integer.toHexString(megabyte.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      chunks.write(megabyte);
      chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    chunks.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

    String answer = exchange("POST " + START + " HTTP/1.1\r\n" + basic("editor1")
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", chunks.toByteArray());

    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(answer).contains("请求内容过大");
    assertThat(messageReplies()).isEqualTo(before);
  }

  @Test
  void weChatsPushAddressTakesNoLargeBodyFromAnyone() throws IOException {
    String answer = exchange("POST /channels/wechat/1?signature=forged&timestamp=1&nonce=1 HTTP/1.1\r\n"
        + "Host: localhost\r\nConnection: close\r\nContent-Type: text/xml\r\nContent-Length: " + (LIMIT + 1) + "\r\n\r\n", "<xml>".getBytes(StandardCharsets.UTF_8));
    assertThat(answer).startsWith("HTTP/1.1 413");
  }

  @Test
  void aBodyUnderTheLimitGetsTheAnswerASmallOneGets() throws IOException {
    // 2 MB of JSON is not refused for its size: the engine's REST API answers it as it answers a
    // small body of the same request (an editor may not start a message reply there).
    String small = exchange("POST " + START + " HTTP/1.1\r\n" + basic("editor1")
        + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n", "{}".getBytes(StandardCharsets.UTF_8));
    String body = "{\"variables\":{\"content\":{\"value\":\"" + "长".repeat(700_000) + "\",\"type\":\"String\"}}}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(2_000_000);
    long before = messageReplies();

    String answer = exchange("POST " + START + " HTTP/1.1\r\n" + basic("editor1")
        + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n", bytes);

    assertThat(answer.substring(0, 12)).isEqualTo(small.substring(0, 12)).isNotEqualTo("HTTP/1.1 413");
    assertThat(messageReplies()).isEqualTo(before);
  }

  private static String basic(String user) {
    return "Host: localhost\r\nConnection: close\r\nAuthorization: Basic "
        + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)) + "\r\n";
  }

  /** The status line, the headers and the body of the length the answer gives (or up to EOF). */
  private static String answer(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        break;
      }
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
    byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : in.readAllBytes();
    return headers + new String(body, StandardCharsets.UTF_8);
  }

  /** Sends the head and as much of the body as the server takes; the server's whole answer. */
  private String exchange(String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      try {
        out.write(body);
        out.flush();
      } catch (IOException closedEarly) {
        // the server answered and closed before it took the whole body: its answer is read below
      }
      return answer(socket.getInputStream());
    }
  }
}
