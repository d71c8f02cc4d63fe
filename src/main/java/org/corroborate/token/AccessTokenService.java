package org.corroborate.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.user.UserService;
import org.corroborate.user.UserSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens. Every user makes, lists and revokes their own; site admins (and so the headless
 * {@code tokens} command) those of any user. Making and revoking are audited.
 */
@Service
public class AccessTokenService {

    static final int MAX_EXPIRY_DAYS = 3650;
    /** How stale "last used" may be: writing it on every call would cost a write per request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final UserService users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokenService(
            AccessTokenRepository tokens, UserService users, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current user's tokens, by name. */
    @Transactional(readOnly = true)
    public List<AccessTokenSummary> mine() {
        return list(me());
    }

    /** A new token of the current user; its secret is in the result only. */
    @Transactional
    public CreatedToken create(String name, Set<TokenScope> scopes, @Nullable Integer expiresInDays) {
        return create(me(), name, scopes, expiresInDays);
    }

    /** Revokes one of the current user's tokens; anybody else's is "not found". */
    @Transactional
    public void revoke(long tokenId) {
        UserSummary me = me();
        AccessToken token = tokens.findById(tokenId)
                .filter(t -> t.getUserId() == me.id())
                .orElseThrow(NotFoundOrNotAllowedException::new);
        revoke(me, token);
    }

    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional(readOnly = true)
    public List<AccessTokenSummary> listFor(String username) {
        return list(user(username));
    }

    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional
    public CreatedToken createFor(
            String username, String name, Set<TokenScope> scopes, @Nullable Integer expiresInDays) {
        return create(user(username), name, scopes, expiresInDays);
    }

    @PreAuthorize("@currentUser.isSiteAdmin()")
    @Transactional
    public void revokeFor(String username, String name) {
        UserSummary user = user(username);
        AccessToken token = tokens.findByUserIdAndNameIgnoreCase(user.id(), name.strip())
                .orElseThrow(() ->
                        new TokenValidationException(user.username() + " has no token named '" + name.strip() + "'."));
        revoke(user, token);
    }

    /**
     * Who a presented token speaks for, when it is one of ours, not expired, and its user still exists and is
     * enabled; checked on every call, so revoking, expiry and disabling take effect at the next request. No
     * access check: this is how a caller becomes someone.
     */
    @Transactional
    public Optional<TokenHolder> authenticate(String presented) {
        if (!TokenSecret.looksLikeToken(presented)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessToken> found =
                tokens.findByTokenHash(TokenSecret.hash(presented)).filter(t -> !t.expiredAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccessToken token = found.get();
        Optional<UserSummary> user = users.findById(token.getUserId()).filter(UserSummary::enabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Instant lastUsed = token.getLastUsedAt();
        if (lastUsed == null || lastUsed.plus(LAST_USED_PRECISION).isBefore(now)) {
            tokens.markUsed(token.getId(), now);
        }
        return Optional.of(
                new TokenHolder(token.getId(), user.get().username(), user.get().siteAdmin(), token.scopes()));
    }

    private CreatedToken create(
            UserSummary user, String name, Set<TokenScope> scopes, @Nullable Integer expiresInDays) {
        String cleanName = name.strip();
        if (cleanName.isEmpty()) {
            throw new TokenValidationException("A token needs a name (what it is for, e.g. \"nightly export\").");
        }
        if (cleanName.length() > AccessToken.NAME_MAX_LENGTH) {
            throw new TokenValidationException(
                    "A token name has at most " + AccessToken.NAME_MAX_LENGTH + " characters.");
        }
        if (scopes.isEmpty()) {
            throw new TokenValidationException("A token needs at least one scope: read, import.");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_EXPIRY_DAYS)) {
            throw new TokenValidationException("A token expires after 1 to " + MAX_EXPIRY_DAYS + " days, or never.");
        }
        if (tokens.findByUserIdAndNameIgnoreCase(user.id(), cleanName).isPresent()) {
            throw new TokenValidationException(user.username() + " already has a token named '" + cleanName + "'.");
        }
        Instant now = clock.instant();
        Instant expires = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
        String secret = TokenSecret.generate(random);
        AccessToken token = tokens.save(new AccessToken(
                user.id(), cleanName, TokenSecret.hash(secret), TokenSecret.hint(secret), scopes, now, expires));
        audit.record(
                AuditAction.TOKEN_CREATED,
                null,
                user.username() + ": " + cleanName,
                "scopes " + TokenScope.format(scopes) + (expires == null ? ", no expiry" : ", expires " + expires));
        return new CreatedToken(token.toSummary(user.username()), secret);
    }

    private void revoke(UserSummary user, AccessToken token) {
        tokens.delete(token);
        audit.record(AuditAction.TOKEN_REVOKED, null, user.username() + ": " + token.getName(), "");
    }

    private List<AccessTokenSummary> list(UserSummary user) {
        return tokens.findByUserIdOrderByNameAsc(user.id()).stream()
                .map(t -> t.toSummary(user.username()))
                .toList();
    }

    private UserSummary me() {
        return users.findByUsername(currentUser.requireUsername()).orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private UserSummary user(String username) {
        return users.findByUsername(username.strip())
                .orElseThrow(() -> new TokenValidationException("There is no user named '" + username.strip() + "'."));
    }
}
