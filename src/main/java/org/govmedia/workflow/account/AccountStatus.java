package org.govmedia.workflow.account;

import java.util.EnumSet;
import java.util.Set;

/** Where an account stands in its life: planned, opened and awaiting filing, active, on the exit ladder, closed. */
public enum AccountStatus {
  PLANNED, PENDING_FILING, ACTIVE, WARNED, REPORTED, INTERVIEWED, SHUT_DOWN, CLOSED;

  /** The statuses an account may be published on (it is running, possibly on the exit ladder). */
  public static final Set<AccountStatus> PUBLISHABLE = EnumSet.of(ACTIVE, WARNED, REPORTED, INTERVIEWED);

  public boolean publishable() {
    return PUBLISHABLE.contains(this);
  }
}
