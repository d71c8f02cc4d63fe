package org.corroborate.story;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoryMembershipRepository extends JpaRepository<StoryMembership, Long> {

    @Query(
            "select m from StoryMembership m where m.storyId in (select s.id from Story s where s.projectId = :projectId)"
                    + " order by m.articleId")
    List<StoryMembership> findByProject(long projectId);

    List<StoryMembership> findByStoryIdOrderByArticleId(long storyId);
}
