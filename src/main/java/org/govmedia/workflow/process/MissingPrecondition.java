package org.govmedia.workflow.process;

/**
 * An acting step reached without what must come before it (the signatures of an item, the
 * approval of a reply, the main leader's approval of a closing, the ladder's decision to shut an
 * account down). Thrown before the step writes anything; its job goes straight to an incident
 * ({@link PreconditionFailuresRaiseIncidents}): retrying cannot make a missing signature appear.
 */
public class MissingPrecondition extends RuntimeException {

  public MissingPrecondition(String message) {
    super(message);
  }

  static boolean causes(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MissingPrecondition) {
        return true;
      }
    }
    return false;
  }
}
