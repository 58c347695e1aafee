package org.govmedia.workflow.channel.wechat;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The server address an office enters in WeChat's console (设置与开发—基本配置—服务器配置):
 * {@code GET} answers WeChat's server check, {@code POST} takes its message pushes. No login: the
 * signature (SHA-1 over the sorted token, timestamp and nonce; in safe mode also msg_signature over
 * the ciphertext) is the authentication. A forged, stale (timestamp more than 5 minutes from the
 * engine clock) or unknown-account request is answered 403 and starts nothing, its body unread;
 * a body over 64 KB (WeChat's are a few) is refused too. A genuine push is
 * recorded and answered {@code success} at once; the work is done after ({@link WechatInbox}).
 */
@RestController
@RequestMapping("/channels/wechat/{accountId}")
public class WechatEndpoint {

  private static final Logger log = LoggerFactory.getLogger(WechatEndpoint.class);
  /** Longest push body taken (WeChat's pushes are a few kilobytes). */
  private static final int MAX_BODY = 64 * 1024;

  private final WechatApi api;
  private final WechatInbox inbox;
  private final WechatProperties properties;

  public WechatEndpoint(WechatApi api, WechatInbox inbox, WechatProperties properties) {
    this.api = api;
    this.inbox = inbox;
    this.properties = properties;
  }

  @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
  public ResponseEntity<String> check(@PathVariable String accountId,
      @RequestParam(required = false) String signature, @RequestParam(required = false) String timestamp,
      @RequestParam(required = false) String nonce, @RequestParam(required = false) String echostr) {
    WechatChannel channel = verified(accountId, signature, timestamp, nonce);
    if (channel == null || echostr == null) {
      return forbidden();
    }
    return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(echostr);
  }

  @PostMapping(produces = MediaType.TEXT_PLAIN_VALUE)
  public ResponseEntity<String> push(@PathVariable String accountId,
      @RequestParam(required = false) String signature, @RequestParam(required = false) String timestamp,
      @RequestParam(required = false) String nonce,
      @RequestParam(name = "encrypt_type", required = false) String encryptType,
      @RequestParam(name = "msg_signature", required = false) String msgSignature,
      HttpServletRequest request) throws IOException {
    WechatChannel channel = verified(accountId, signature, timestamp, nonce);
    if (channel == null) {
      return forbidden(); // before a byte of the body is read
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length == 0 || body.length > MAX_BODY) {
      return forbidden();
    }
    String xml = new String(body, StandardCharsets.UTF_8);
    Map<String, Object> message;
    try {
      if ("aes".equalsIgnoreCase(encryptType)) {
        if (msgSignature == null) {
          return forbidden();
        }
        // Checks msg_signature over the ciphertext, decrypts it and checks its appId (WxMpCryptUtil).
        xml = new WxMpCryptUtil(api.config(channel)).decryptXml(msgSignature, timestamp, nonce, xml);
      }
      // The few fields the intake needs, read by a parser made once (PushFields); the whole message
      // is read by WxMpXmlMessage on the worker. XStream's parser factory is one JVM-wide lock, and
      // WxJava's XmlUtils searches the class path for a parser on every call: both made 200 pushes a
      // second queue behind each other.
      message = PushFields.of(xml);
      if (message.get("MsgType") == null) {
        return forbidden();
      }
    } catch (RuntimeException e) {
      log.warn("WeChat push to account {} refused: not a valid (or not a genuinely encrypted) message",
          channel.accountId());
      return forbidden();
    }
    inbox.take(channel.accountId(), message, xml);
    return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
  }

  /** The account's channel when the request is signed with its token and fresh; else null. */
  private WechatChannel verified(String accountId, String signature, String timestamp, String nonce) {
    Long id = WechatChannels.parse(accountId);
    if (id == null || signature == null || timestamp == null || nonce == null
        || timestamp.length() > 12 || nonce.length() > 64) {
      return null;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return null;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (Duration.between(Instant.ofEpochSecond(seconds), now).abs()
        .compareTo(properties.getTimestampTolerance()) > 0) {
      return null;
    }
    WechatChannel channel = api.channel(id).orElse(null);
    if (channel == null) {
      return null;
    }
    String expected = SHA1.gen(channel.token(), timestamp, nonce);
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII)) ? channel : null;
  }

  private static ResponseEntity<String> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN)
        .body("forbidden");
  }
}
