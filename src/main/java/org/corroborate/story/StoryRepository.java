package org.corroborate.story;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoryRepository extends JpaRepository<Story, Long> {

    List<Story> findByProjectIdOrderById(long projectId);
}
