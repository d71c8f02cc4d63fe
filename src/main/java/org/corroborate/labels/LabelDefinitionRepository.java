package org.corroborate.labels;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LabelDefinitionRepository extends JpaRepository<LabelDefinition, Long> {

    @Query("select l from LabelDefinition l where l.projectId = :projectId order by l.position")
    List<LabelDefinition> findByProject(long projectId);

    @Modifying
    @Query("delete from LabelDefinition l where l.projectId = :projectId")
    void deleteByProject(long projectId);
}
