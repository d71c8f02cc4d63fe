package org.corroborate.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final List<String> log = new ArrayList<>();
    private final EditHistory history = new EditHistory();

    private EditHistory.Edit edit(String name) {
        return new EditHistory.Edit() {
            @Override
            public String description() {
                return name;
            }

            @Override
            public void apply() {
                log.add("do " + name);
            }

            @Override
            public void revert() {
                log.add("undo " + name);
            }
        };
    }

    @Test
    void undo_and_redo_replay_edits_in_reverse_and_forward_order() {
        history.perform(edit("a"));
        history.perform(edit("b"));
        assertThat(history.undo()).contains("b");
        assertThat(history.undo()).contains("a");
        assertThat(history.undo()).isEmpty();
        assertThat(history.redo()).contains("a");
        assertThat(log).containsExactly("do a", "do b", "undo b", "undo a", "do a");
        assertThat(history.canRedo()).isTrue();
    }

    @Test
    void a_new_edit_clears_what_could_be_redone() {
        history.perform(edit("a"));
        history.undo();
        history.perform(edit("b"));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo()).isEmpty();
    }

    @Test
    void an_edit_that_fails_to_apply_is_not_recorded_and_a_failed_undo_stays_undoable() {
        EditHistory.Edit failing = new EditHistory.Edit() {
            @Override
            public String description() {
                return "refused";
            }

            @Override
            public void apply() {
                throw new IllegalStateException("refused");
            }

            @Override
            public void revert() {
                throw new IllegalStateException("refused");
            }
        };
        assertThatThrownBy(() -> history.perform(failing)).isInstanceOf(IllegalStateException.class);
        assertThat(history.canUndo()).isFalse();

        history.perform(edit("a"));
        EditHistory.Edit undoRefused = new EditHistory.Edit() {
            @Override
            public String description() {
                return "x";
            }

            @Override
            public void apply() {}

            @Override
            public void revert() {
                throw new IllegalStateException("changed elsewhere");
            }
        };
        history.perform(undoRefused);
        assertThatThrownBy(history::undo).isInstanceOf(IllegalStateException.class);
        assertThat(history.canUndo()).isTrue();
    }
}
