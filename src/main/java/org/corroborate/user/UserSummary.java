package org.corroborate.user;

import java.time.Instant;

/** What views and other features see of a user: never the password hash. */
public record UserSummary(
        long id, String username, String displayName, boolean siteAdmin, boolean enabled, Instant createdAt) {}
