package org.corroborate.annotation;

import java.util.List;
import java.util.Optional;

/**
 * The project's registry of canonical sources as the annotation editor needs it: pick one for a mention,
 * see which one the mention's text suggests, or add one. Implemented by the source registry feature, so
 * that annotation does not depend on it. A mention stores {@link Choice#id()} in its canonical-source
 * attribute.
 */
public interface CanonicalSources {

    record Choice(String id, String name) {}

    List<Choice> choices(long projectId);

    /** The source the mention's text most likely stands for; empty when none or several fit. */
    Optional<Choice> suggest(long projectId, String mentionText);

    /**
     * Adds a source named as given, of the kind the mention's label implies.
     *
     * @throws AnnotationValidationException when the registry refuses the name (e.g. it exists already)
     */
    Choice add(long projectId, String name, String mentionLabel);
}
