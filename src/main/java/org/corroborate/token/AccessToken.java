package org.corroborate.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A personal access token of one user: its name, scopes, expiry and the hash of its secret (never the secret). */
@Entity
@Table(name = "api_token")
class AccessToken {

    static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, length = 12)
    private String tokenHint;

    @Column(nullable = false, length = 100)
    private String scopes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    protected AccessToken() {
        this.name = "";
        this.tokenHash = "";
        this.tokenHint = "";
        this.scopes = "";
        this.createdAt = Instant.EPOCH;
    }

    AccessToken(
            long userId,
            String name,
            String tokenHash,
            String tokenHint,
            Set<TokenScope> scopes,
            Instant createdAt,
            @Nullable Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.scopes = TokenScope.format(scopes);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("token not saved yet");
        }
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    Set<TokenScope> scopes() {
        return TokenScope.parse(scopes);
    }

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    @Nullable
    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    AccessTokenSummary toSummary(String username) {
        return new AccessTokenSummary(getId(), username, name, tokenHint, scopes(), createdAt, expiresAt, lastUsedAt);
    }
}
