package org.govmedia.workflow.reply;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A citizen message taken in (留言受理登记): one row per message id, written in the same transaction as
 * the start of its {@code message-reply} instance, so a refused start leaves none behind and a second
 * start of the same message id fails on the primary key even when two nodes race.
 */
@Entity
@Table(name = "gm_message")
public class MessageRecord {

  @Id
  @Column(name = "message_id", length = 64)
  private String messageId;

  @Column(nullable = false, length = 16)
  private String platform;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "citizen_contact", length = 200)
  private String citizenContact;

  @Column(name = "rule_set", nullable = false, length = 64)
  private String ruleSet;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MessageRecord() {}

  public MessageRecord(String messageId, String platform, Instant receivedAt, String citizenContact,
      String ruleSet, String processInstanceId, Instant createdAt) {
    this.messageId = messageId;
    this.platform = platform;
    this.receivedAt = receivedAt;
    this.citizenContact = citizenContact;
    this.ruleSet = ruleSet;
    this.processInstanceId = processInstanceId;
    this.createdAt = createdAt;
  }

  public String getMessageId() { return messageId; }
  public String getPlatform() { return platform; }
  public Instant getReceivedAt() { return receivedAt; }
  public String getCitizenContact() { return citizenContact; }
  public String getRuleSet() { return ruleSet; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getCreatedAt() { return createdAt; }
}
