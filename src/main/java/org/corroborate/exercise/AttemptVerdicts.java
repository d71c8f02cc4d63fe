package org.corroborate.exercise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The slot verdicts of attempts (the reconciliation task), and the story's slots with the reconciler's verdicts.
 * Package-private and unguarded: {@link ExerciseService} decides who may see what, as {@link ExerciseGold} does.
 */
@Component
class AttemptVerdicts {

    /** A slot of a story: its title, the reconciler's verdict (null: none yet) and its figures' quotes. */
    record StorySlot(long id, String title, @Nullable String verdict, List<SlotQuote> figures) {}

    record SlotQuote(long articleId, String quote) {}

    private final JdbcClient jdbc;

    AttemptVerdicts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The story's slots, in the order they were made, each with its figures in text order. */
    List<StorySlot> slots(long storyId) {
        Map<Long, StorySlot> slots = new LinkedHashMap<>();
        jdbc.sql("select id, title, verdict from reconcile_slot where story_id = :story order by id")
                .param("story", storyId)
                .query(rs -> {
                    slots.put(
                            rs.getLong(1),
                            new StorySlot(rs.getLong(1), rs.getString(2), rs.getString(3), new ArrayList<>()));
                });
        jdbc.sql("select slot_id, article_id, quote from reconcile_figure where story_id = :story"
                        + " order by article_id, start_offset")
                .param("story", storyId)
                .query(rs -> {
                    StorySlot slot = slots.get(rs.getLong(1));
                    if (slot != null) {
                        slot.figures().add(new SlotQuote(rs.getLong(2), rs.getString(3)));
                    }
                });
        return List.copyOf(slots.values());
    }

    /** Per attempt, its verdicts by slot id. */
    Map<Long, Map<Long, String>> of(Collection<Long> attemptIds) {
        Map<Long, Map<Long, String>> byAttempt = new HashMap<>();
        if (attemptIds.isEmpty()) {
            return byAttempt;
        }
        jdbc.sql("select attempt_id, slot_id, verdict from exercise_attempt_verdict where attempt_id in (:ids)")
                .param("ids", List.copyOf(attemptIds))
                .query(rs -> {
                    byAttempt
                            .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), rs.getString(3));
                });
        return byAttempt;
    }

    /** Gives (or, with null, takes back) the attempt's verdict on a slot. */
    void set(long attemptId, long slotId, @Nullable String verdict) {
        jdbc.sql("delete from exercise_attempt_verdict where attempt_id = :attempt and slot_id = :slot")
                .param("attempt", attemptId)
                .param("slot", slotId)
                .update();
        if (verdict != null) {
            jdbc.sql("insert into exercise_attempt_verdict (attempt_id, slot_id, verdict) values (:attempt, :slot, :v)")
                    .param("attempt", attemptId)
                    .param("slot", slotId)
                    .param("v", verdict)
                    .update();
        }
    }
}
