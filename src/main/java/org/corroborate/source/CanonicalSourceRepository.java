package org.corroborate.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CanonicalSourceRepository extends JpaRepository<CanonicalSource, Long> {

    @Query("select s from CanonicalSource s where s.projectId = :projectId order by s.nameKey")
    List<CanonicalSource> findByProject(long projectId);

    @Query("select s from CanonicalSource s where s.projectId = :projectId and s.nameKey = :nameKey")
    Optional<CanonicalSource> findByNameKey(long projectId, String nameKey);
}
