package org.corroborate.exercise;

import java.time.Instant;

/** A student enrolled in an exercise. */
public record ClassMember(String username, String displayName, Instant joinedAt) {}
