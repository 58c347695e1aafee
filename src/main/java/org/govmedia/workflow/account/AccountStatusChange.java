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

/** One row of an account's status history: who, when, from, to, why. */
@Entity
@Table(name = "gm_account_status_change")
public class AccountStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 32)
  private AccountStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 32)
  private AccountStatus toStatus;

  @Column(name = "changed_by", length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(length = 1000)
  private String reason;

  protected AccountStatusChange() {}

  AccountStatusChange(Long accountId, AccountStatus fromStatus, AccountStatus toStatus,
      String changedBy, Instant changedAt, String reason) {
    this.accountId = accountId;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = reason;
  }

  public Long getId() { return id; }
  public Long getAccountId() { return accountId; }
  public AccountStatus getFromStatus() { return fromStatus; }
  public AccountStatus getToStatus() { return toStatus; }
  public String getChangedBy() { return changedBy; }
  public Instant getChangedAt() { return changedAt; }
  public String getReason() { return reason; }
}
