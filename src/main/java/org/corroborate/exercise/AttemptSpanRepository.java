package org.corroborate.exercise;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptSpanRepository extends JpaRepository<AttemptSpan, Long> {
    List<AttemptSpan> findByAttemptIdOrderByArticleIdAscStartOffsetAscEndOffsetAsc(long attemptId);
}
