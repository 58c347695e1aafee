package org.govmedia.workflow.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One confirmed filing 备案 of an account event with the supervising office. */
@Entity
@Table(name = "gm_account_filing")
public class AccountFiling {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "filing_event", nullable = false, length = 16)
  private FilingEvent filingEvent;

  @Column(name = "event_date", nullable = false)
  private LocalDate eventDate;

  @Column
  private Instant deadline;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(nullable = false)
  private boolean overdue;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "confirmed_by", length = 64)
  private String confirmedBy;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected AccountFiling() {}

  AccountFiling(Long accountId, FilingRecord record, Instant filedAt) {
    this.accountId = accountId;
    this.filingEvent = record.event();
    this.eventDate = record.eventDate();
    this.deadline = record.deadline();
    this.filedAt = filedAt;
    this.overdue = record.overdue();
    this.submittedBy = record.submittedBy();
    this.confirmedBy = record.confirmedBy();
    this.processInstanceId = record.processInstanceId();
  }

  public Long getId() { return id; }
  public Long getAccountId() { return accountId; }
  public FilingEvent getFilingEvent() { return filingEvent; }
  public LocalDate getEventDate() { return eventDate; }
  public Instant getDeadline() { return deadline; }
  public Instant getFiledAt() { return filedAt; }
  public boolean isOverdue() { return overdue; }
  public String getSubmittedBy() { return submittedBy; }
  public String getConfirmedBy() { return confirmedBy; }
  public String getProcessInstanceId() { return processInstanceId; }
}
