package org.govmedia.workflow.publication;

import java.util.List;

/** What one screening found, and against which version of the lists (the {@code screeningHits} variable). */
public record ScreeningResult(String listVersion, List<ScreeningHit> hits) {}
