package org.govmedia.workflow.reply;

/** How the hotline classifies a message in {@code triage}. */
public enum Classification {
  /** 咨询 Consultation. */
  CONSULTATION,
  /** 投诉 Complaint. */
  COMPLAINT,
  /** 建议 Suggestion. */
  SUGGESTION,
  /** 非职责范围 Outside the unit's remit: answered with the right channel (yanchi §2). */
  OUT_OF_REMIT
}
