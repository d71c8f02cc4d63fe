package org.corroborate.project;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    Optional<Project> findByNameIgnoreCase(String name);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = :id")
    Optional<Project> lockById(long id);

    List<Project> findAllByOrderByNameAsc();

    @Query("select p from Project p where p.id in "
            + "(select m.projectId from ProjectMember m where m.userId = :userId) order by p.name")
    List<Project> findAllWithMember(long userId);
}
