package org.corroborate.exercise;

import java.util.Objects;

/**
 * A verdict given to one slot of a story's figure reconciliation: by the reconciler (gold) or by a student.
 *
 * @param doc the story (any stable key)
 * @param slot the slot (any stable key)
 * @param verdict the verdict's code, such as {@code conflict}
 */
public record ExerciseVerdict(String doc, String slot, String verdict) {

    public ExerciseVerdict {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(verdict, "verdict");
    }
}
