package org.corroborate.annotation.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The editor's undo and redo stacks. Each edit knows how to do and undo itself through the services,
 * so an undo is a saved change like any other (and is refused like one if the data moved on).
 */
final class EditHistory {

    /** One reversible change. */
    interface Edit {
        String description();

        void apply();

        void revert();
    }

    private static final int LIMIT = 200;
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();

    /** Applies a new edit; it clears what could be redone. */
    void perform(Edit edit) {
        edit.apply();
        done.push(edit);
        undone.clear();
        if (done.size() > LIMIT) {
            done.removeLast();
        }
    }

    /** Undoes the latest edit, if any; returns what was undone. */
    Optional<String> undo() {
        Edit edit = done.peek();
        if (edit == null) {
            return Optional.empty();
        }
        edit.revert();
        done.pop();
        undone.push(edit);
        return Optional.of(edit.description());
    }

    Optional<String> redo() {
        Edit edit = undone.peek();
        if (edit == null) {
            return Optional.empty();
        }
        edit.apply();
        undone.pop();
        done.push(edit);
        return Optional.of(edit.description());
    }

    boolean canUndo() {
        return !done.isEmpty();
    }

    boolean canRedo() {
        return !undone.isEmpty();
    }

    void clear() {
        done.clear();
        undone.clear();
    }
}
