package org.corroborate.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceAliasRepository extends JpaRepository<SourceAlias, Long> {

    @Query("select a from SourceAlias a where a.projectId = :projectId order by a.aliasKey")
    List<SourceAlias> findByProject(long projectId);

    @Query("select a from SourceAlias a where a.sourceId = :sourceId order by a.aliasKey")
    List<SourceAlias> findBySource(long sourceId);

    @Query("select a from SourceAlias a where a.projectId = :projectId and a.aliasKey = :aliasKey")
    Optional<SourceAlias> findByAliasKey(long projectId, String aliasKey);
}
