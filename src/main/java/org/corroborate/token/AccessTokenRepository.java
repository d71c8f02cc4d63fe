package org.corroborate.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByUserIdOrderByNameAsc(long userId);

    Optional<AccessToken> findByUserIdAndNameIgnoreCase(long userId, String name);

    /** A bulk update: marking a token used must not touch an entity another request may be reading. */
    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = :at where t.id = :id")
    void markUsed(long id, Instant at);
}
