package org.govmedia.workflow.channel.wechat;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import org.govmedia.workflow.GovmediaProperties;
import org.govmedia.workflow.account.AccountPlatform;
import org.govmedia.workflow.account.AccountRegister;
import org.govmedia.workflow.calendar.Deadlines;
import org.govmedia.workflow.channel.CitizenMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes WeChat's pushes in: the push is written to {@code gm_wechat_inbound} in one statement (its
 * unique key makes WeChat's retries of a message write nothing), WeChat is answered, and the work
 * is done after, on a worker thread of this node: a text message starts one {@code message-reply};
 * a PUBLISHJOBFINISH event finishes its publication ({@link WechatPublisher}). Every other message
 * and event is recorded only. A push a node took in but did not finish (a crash, a full queue) is
 * picked up by any node's sweep; the claim (status RECEIVED to STARTED in the transaction that
 * starts the process) makes it start once.
 */
@Service
public class WechatInbox {

  private static final Logger log = LoggerFactory.getLogger(WechatInbox.class);
  static final String RECEIVED = "RECEIVED";
  static final String RECORDED = "RECORDED";
  static final String STARTED = "STARTED";
  static final String DONE = "DONE";
  static final String DUPLICATE = "DUPLICATE";
  static final String FAILED = "FAILED";
  /** PUBLISHJOBFINISH: WeChat's event at the end of a free publication. */
  static final String PUBLISH_JOB_FINISH = "PUBLISHJOBFINISH";

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final CitizenMessages messages;
  private final AccountRegister register;
  private final WechatPublisher publisher;
  private final WechatReplies replies;
  private final WechatProperties properties;
  private final Deadlines deadlines;
  private final ZoneId zone;
  private final ThreadPoolExecutor workers;
  private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();
  /** Rows queued or being worked on this node: the sweep does not queue them again. */
  private final Set<Long> queued = ConcurrentHashMap.newKeySet();

  public WechatInbox(JdbcClient jdbc, PlatformTransactionManager transactionManager,
      CitizenMessages messages, AccountRegister register, WechatPublisher publisher,
      WechatReplies replies, WechatProperties properties, Deadlines deadlines,
      GovmediaProperties govmedia) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.messages = messages;
    this.register = register;
    this.publisher = publisher;
    this.replies = replies;
    this.properties = properties;
    this.deadlines = deadlines;
    this.zone = ZoneId.of(govmedia.zone());
    AtomicInteger n = new AtomicInteger();
    int threads = Math.max(1, properties.getIntakeThreads());
    this.workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(50_000), r -> {
          Thread t = new Thread(r, "wechat-intake-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** The message id (business key) of a WeChat message of an account. */
  public static String messageId(long accountId, Long msgId) {
    return "WX-" + accountId + "-" + msgId;
  }

  /**
   * Records a verified push, once; answers false for a repeat. The work is handed to a worker and
   * never awaited here.
   */
  public boolean take(long accountId, Map<String, Object> fields, String xml) {
    String type = field(fields, "MsgType");
    type = type == null ? "unknown" : type;
    String event = field(fields, "Event");
    String msgId = field(fields, "MsgId");
    String fromUser = field(fields, "FromUserName");
    String createTime = field(fields, "CreateTime");
    boolean text = WxConsts.XmlMsgType.TEXT.equals(type);
    boolean publishFinish = PUBLISH_JOB_FINISH.equalsIgnoreCase(event);
    String key;
    if (msgId != null) {
      key = "msg:" + msgId;
    } else if (publishFinish) {
      key = "publish:" + WechatPublisher.publishId(fields);
    } else {
      key = "event:" + fromUser + ":" + createTime + ":" + event;
    }
    Instant created;
    try {
      created = createTime == null ? Instant.now() : Instant.ofEpochSecond(Long.parseLong(createTime.trim()));
    } catch (NumberFormatException e) {
      created = Instant.now();
    }
    GeneratedKeyHolder id = new GeneratedKeyHolder();
    try {
      jdbc.sql("""
              insert into gm_wechat_inbound (account_id, dedupe_key, msg_type, event, from_user, msg_id,
                created_at, received_at, raw_xml, status)
              values (:account, :key, :type, :event, :from, :msgId, :created, :received, :xml, :status)""")
          .param("account", accountId).param("key", cut(key, 128)).param("type", cut(type, 32))
          .param("event", cut(event, 64)).param("from", cut(fromUser, 128))
          .param("msgId", cut(msgId, 32))
          .param("created", Timestamp.from(created)).param("received", Timestamp.from(Instant.now()))
          .param("xml", cut(xml, 20_000)).param("status", text || publishFinish ? RECEIVED : RECORDED)
          .update(id, "id");
    } catch (DuplicateKeyException repeated) {
      return false;
    }
    if (text || publishFinish) {
      submit(((Number) id.getKeys().get(id.getKeys().containsKey("id") ? "id" : "ID")).longValue());
    }
    return true;
  }

  private static String field(Map<String, Object> fields, String name) {
    Object value = fields.get(name);
    return value == null ? null : value.toString().trim();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  private void submit(long rowId) {
    if (!queued.add(rowId)) {
      return;
    }
    CompletableFuture<Void> future = new CompletableFuture<>();
    inFlight.add(future);
    try {
      workers.execute(() -> {
        try {
          work(rowId);
        } finally {
          queued.remove(rowId);
          future.complete(null);
          inFlight.remove(future);
        }
      });
    } catch (RejectedExecutionException full) {
      queued.remove(rowId);
      future.complete(null);
      inFlight.remove(future);
      log.warn("WeChat intake queue full: push {} is left for the sweep", rowId);
    }
  }

  /** Completes when every push handed to this node's workers so far has been worked. */
  public CompletableFuture<Void> idle() {
    return CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new));
  }

  /** Pushes taken in but not worked (a node stopped, a full queue): any node picks them up. */
  @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT30S")
  public void sweep() {
    if (workers.getQueue().size() > 1000) {
      return; // this node is busy with its own pushes; an idle node sweeps
    }
    List<Long> stale = jdbc.sql("select id from gm_wechat_inbound where status = :status and "
            + "received_at < :before order by id fetch first 500 rows only")
        .param("status", RECEIVED).param("before", Timestamp.from(Instant.now().minusSeconds(30)))
        .query(Long.class).list();
    stale.forEach(this::submit);
  }

  private record Row(long accountId, String msgType, String event, String fromUser, String msgId,
      Instant createdAt, String xml) {}

  /** One push: claimed and worked in one transaction; a failure is recorded on the row. */
  void work(long rowId) {
    Map<String, Object> receipt = new HashMap<>();
    try {
      transaction.executeWithoutResult(status -> {
        int claimed = jdbc.sql("update gm_wechat_inbound set status = :started where id = :id and status = :received")
            .param("started", STARTED).param("id", rowId).param("received", RECEIVED).update();
        if (claimed == 0) {
          return;
        }
        Row row = jdbc.sql("select account_id, msg_type, event, from_user, msg_id, created_at, raw_xml "
                + "from gm_wechat_inbound where id = :id")
            .param("id", rowId).query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
            .single();
        if (PUBLISH_JOB_FINISH.equalsIgnoreCase(row.event())) {
          publisher.finish(row.accountId(), WxMpXmlMessage.fromXml(row.xml()).getAllFieldsMap());
          mark(rowId, DONE, null, null);
        } else {
          startReply(rowId, row, receipt);
        }
      });
    } catch (CitizenMessages.AlreadyTakenIn e) {
      // The message id was taken in before (another path, or a race the claim did not see).
      fail(rowId, DUPLICATE, e.getMessage());
      return;
    } catch (RuntimeException e) {
      log.warn("WeChat push {} could not be worked: {}", rowId, e.toString());
      fail(rowId, FAILED, e.getMessage());
      return;
    }
    if (!receipt.isEmpty()) {
      replies.acknowledge((Long) receipt.get("account"), (String) receipt.get("openId"),
          (String) receipt.get("text"));
    }
  }

  private void startReply(long rowId, Row row, Map<String, Object> receipt) {
    WxMpXmlMessage message = WxMpXmlMessage.fromXml(row.xml());
    String messageId = messageId(row.accountId(), Long.valueOf(row.msgId()));
    Map<String, Object> variables = new HashMap<>();
    variables.put("messageId", messageId);
    variables.put("platform", AccountPlatform.WECHAT.name());
    variables.put("receivedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        OffsetDateTime.ofInstant(row.createdAt(), zone)));
    variables.put("content", message.getContent());
    variables.put("citizenContact", "微信用户 WeChat OpenID " + row.fromUser());
    variables.put(WechatReplies.ACCOUNT_VARIABLE, String.valueOf(row.accountId()));
    variables.put(WechatReplies.OPEN_ID_VARIABLE, row.fromUser());
    register.find(row.accountId()).ifPresent(a -> variables.put("ruleSet", a.getRuleSet()));
    {
      CitizenMessages.Started instance = messages.start(messageId, variables);
      mark(rowId, STARTED, instance.processInstanceId(), null);
      if (properties.isAcknowledgeReceipt()) {
        Date deadline = instance.replyDeadline();
        receipt.put("account", row.accountId());
        receipt.put("openId", row.fromUser());
        receipt.put("text", "您的留言已收到（编号 " + messageId + "），我们将于 "
            + deadlines.clerkText(deadline) + " 前答复。");
      }
    }
  }

  private void mark(long rowId, String status, String processInstanceId, String error) {
    jdbc.sql("update gm_wechat_inbound set status = :status, process_instance_id = "
            + "coalesce(:pid, process_instance_id), error = :error where id = :id")
        .param("status", status).param("pid", processInstanceId).param("error", cut(error, 1000))
        .param("id", rowId).update();
  }

  /** A failed attempt rolled back: the row, if still unclaimed, records why. */
  private void fail(long rowId, String status, String error) {
    jdbc.sql("update gm_wechat_inbound set status = :status, error = :error where id = :id and status = :received")
        .param("status", status).param("error", cut(error, 1000)).param("id", rowId)
        .param("received", RECEIVED).update();
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }
}
