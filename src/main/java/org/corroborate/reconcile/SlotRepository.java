package org.corroborate.reconcile;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SlotRepository extends JpaRepository<Slot, Long> {

    List<Slot> findByStoryIdOrderByIdAsc(long storyId);

    /** The slot, with its version raised when the transaction ends: its figures changed. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select s from Slot s where s.id = :id")
    Optional<Slot> findForFigureChange(long id);
}
