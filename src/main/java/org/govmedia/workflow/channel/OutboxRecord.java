package org.govmedia.workflow.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing a channel adapter must do on one account: post, retract, or reply. */
@Entity
@Table(name = "gm_outbox")
public class OutboxRecord {

  public enum Action { PUBLISH, RETRACT, REPLY }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idempotency_key", nullable = false, unique = true)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Action action;

  @Column(name = "source_process", nullable = false, length = 64)
  private String sourceProcess;

  @Column(name = "business_key", nullable = false, length = 64)
  private String businessKey;

  @Column(name = "account_id", length = 64)
  private String accountId;

  @Column(length = 16)
  private String platform;

  @Column(length = 500)
  private String title;

  @Column(length = 100000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(nullable = false, length = 16)
  private String status;

  protected OutboxRecord() {}

  public OutboxRecord(String idempotencyKey, Action action, String sourceProcess, String businessKey,
      String accountId, String platform, String title, String body, Instant createdAt) {
    this.idempotencyKey = idempotencyKey;
    this.action = action;
    this.sourceProcess = sourceProcess;
    this.businessKey = businessKey;
    this.accountId = accountId;
    this.platform = platform;
    this.title = title;
    this.body = body;
    this.createdAt = createdAt;
    this.status = "PENDING";
  }

  public Long getId() { return id; }
  public String getIdempotencyKey() { return idempotencyKey; }
  public Action getAction() { return action; }
  public String getSourceProcess() { return sourceProcess; }
  public String getBusinessKey() { return businessKey; }
  public String getAccountId() { return accountId; }
  public String getPlatform() { return platform; }
  public String getTitle() { return title; }
  public String getBody() { return body; }
  public Instant getCreatedAt() { return createdAt; }
  public String getStatus() { return status; }
}
