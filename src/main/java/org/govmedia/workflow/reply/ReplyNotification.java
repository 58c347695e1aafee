package org.govmedia.workflow.reply;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice about one open task of a message (催办提醒 reminder, 逾期 overdue): to whom (the task's
 * assignee, else its candidate group), the responsible department, the deadline, when. Supervisors
 * read them through {@code GET /api/messages/notifications}.
 */
@Entity
@Table(name = "gm_reply_notification")
public class ReplyNotification {

  public enum Kind { REMINDER, OVERDUE }

  public enum RecipientType { USER, GROUP }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind kind;

  @Column(name = "message_id", nullable = false, length = 64)
  private String messageId;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "task_id", length = 64)
  private String taskId;

  @Column(name = "task_key", length = 64)
  private String taskKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_type", length = 8)
  private RecipientType recipientType;

  @Column(length = 255)
  private String recipient;

  @Column(length = 255)
  private String department;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ReplyNotification() {}

  public ReplyNotification(Kind kind, String messageId, String processInstanceId, String taskId,
      String taskKey, RecipientType recipientType, String recipient, String department, Instant dueAt,
      Instant createdAt) {
    this.kind = kind;
    this.messageId = messageId;
    this.processInstanceId = processInstanceId;
    this.taskId = taskId;
    this.taskKey = taskKey;
    this.recipientType = recipientType;
    this.recipient = recipient;
    this.department = department;
    this.dueAt = dueAt;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public Kind getKind() { return kind; }
  public String getMessageId() { return messageId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getTaskId() { return taskId; }
  public String getTaskKey() { return taskKey; }
  public RecipientType getRecipientType() { return recipientType; }
  public String getRecipient() { return recipient; }
  public String getDepartment() { return department; }
  public Instant getDueAt() { return dueAt; }
  public Instant getCreatedAt() { return createdAt; }
}
