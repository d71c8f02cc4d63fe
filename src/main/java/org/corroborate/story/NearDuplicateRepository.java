package org.corroborate.story;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NearDuplicateRepository extends JpaRepository<NearDuplicate, Long> {

    List<NearDuplicate> findByProjectIdOrderByArticleAAscArticleBAsc(long projectId);
}
