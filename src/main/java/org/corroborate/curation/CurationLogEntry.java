package org.corroborate.curation;

import java.time.Instant;

/** Who did what to an article's gold version, and when. */
public record CurationLogEntry(Instant at, String curator, String action, String detail) {}
