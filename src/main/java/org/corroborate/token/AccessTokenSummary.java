package org.corroborate.token;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A token as its owner's page and the command line show it: never its secret, only the first characters. */
public record AccessTokenSummary(
        long id,
        String username,
        String name,
        String hint,
        Set<TokenScope> scopes,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt) {

    public AccessTokenSummary {
        scopes = Set.copyOf(scopes);
    }
}
