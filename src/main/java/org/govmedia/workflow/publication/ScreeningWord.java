package org.govmedia.workflow.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A word an administrator added to a screening list at run time. */
@Entity
@Table(name = "gm_screening_word")
public class ScreeningWord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ScreeningKind kind;

  @Column(nullable = false, length = 200)
  private String word;

  @Column(length = 200)
  private String correction;

  @Column(name = "added_by", length = 64)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected ScreeningWord() {}

  public ScreeningWord(ScreeningKind kind, String word, String correction, String addedBy, Instant addedAt) {
    this.kind = kind;
    this.word = word;
    this.correction = correction;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public Long getId() { return id; }
  public ScreeningKind getKind() { return kind; }
  public String getWord() { return word; }
  public String getCorrection() { return correction; }
  public String getAddedBy() { return addedBy; }
  public Instant getAddedAt() { return addedAt; }
}
