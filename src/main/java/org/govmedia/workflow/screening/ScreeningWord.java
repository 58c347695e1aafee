package org.govmedia.workflow.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An entry an administrator added to a screening list at run time. */
@Entity
@Table(name = "gm_screening_word")
public class ScreeningWord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ScreeningKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private ScreeningCategory category;

  @Column(nullable = false, length = 200)
  private String word;

  @Column(length = 200)
  private String correction;

  @Column(length = 500)
  private String source;

  @Column(name = "added_by", length = 64)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected ScreeningWord() {}

  public ScreeningWord(ScreeningCategory category, String word, String correction, String source, String addedBy,
      Instant addedAt) {
    this.kind = category.kind();
    this.category = category;
    this.word = word;
    this.correction = correction;
    this.source = source;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public Long getId() { return id; }
  public ScreeningKind getKind() { return kind; }
  public ScreeningCategory getCategory() { return category; }
  public String getWord() { return word; }
  public String getCorrection() { return correction; }
  public String getSource() { return source; }
  public String getAddedBy() { return addedBy; }
  public Instant getAddedAt() { return addedAt; }

  public ScreeningEntry entry() {
    return new ScreeningEntry(category, word, correction, source, false);
  }
}
