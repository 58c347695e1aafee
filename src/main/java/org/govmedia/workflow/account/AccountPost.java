package org.govmedia.workflow.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One item in an account's posts ledger: when, original or reprint, where. */
@Entity
@Table(name = "gm_account_post")
public class AccountPost {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id", nullable = false, length = 64)
  private String accountId;

  @Column(name = "post_date", nullable = false)
  private LocalDate postDate;

  @Column(nullable = false)
  private boolean original;

  @Column(length = 1000)
  private String link;

  @Column(length = 500)
  private String title;

  /** Where the post came from (a publication round, or null for one reported through the API). */
  @Column(name = "source_key", unique = true)
  private String sourceKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AccountPost() {}

  public AccountPost(String accountId, LocalDate postDate, boolean original, String link, String title,
      String sourceKey, Instant createdAt) {
    this.accountId = accountId;
    this.postDate = postDate;
    this.original = original;
    this.link = link;
    this.title = title;
    this.sourceKey = sourceKey;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public String getAccountId() { return accountId; }
  public LocalDate getPostDate() { return postDate; }
  public boolean isOriginal() { return original; }
  public String getLink() { return link; }
  public String getTitle() { return title; }
  public String getSourceKey() { return sourceKey; }
  public Instant getCreatedAt() { return createdAt; }
}
