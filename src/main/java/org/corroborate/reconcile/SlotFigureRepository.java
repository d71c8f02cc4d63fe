package org.corroborate.reconcile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlotFigureRepository extends JpaRepository<SlotFigure, Long> {

    List<SlotFigure> findByStoryIdOrderByArticleIdAscStartAsc(long storyId);

    List<SlotFigure> findBySlotId(long slotId);
}
