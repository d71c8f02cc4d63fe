package org.corroborate.source;

import java.util.List;
import java.util.Optional;
import org.corroborate.annotation.AnnotationValidationException;
import org.corroborate.annotation.CanonicalSources;
import org.corroborate.scheme.Labels;
import org.springframework.stereotype.Component;

/** The source registry offered to the annotation editor; access checks stay in {@link SourceRegistryService}. */
@Component
class RegistryCanonicalSources implements CanonicalSources {

    private final SourceRegistryService registry;

    RegistryCanonicalSources(SourceRegistryService registry) {
        this.registry = registry;
    }

    @Override
    public List<Choice> choices(long projectId) {
        return registry.list(projectId).stream()
                .map(RegistryCanonicalSources::choice)
                .toList();
    }

    @Override
    public Optional<Choice> suggest(long projectId, String mentionText) {
        return registry.suggestCanonical(projectId, mentionText).map(RegistryCanonicalSources::choice);
    }

    @Override
    public Choice add(long projectId, String name, String mentionLabel) {
        try {
            return choice(registry.add(projectId, name, kindFor(mentionLabel), null, ""));
        } catch (SourceValidationException e) {
            throw new AnnotationValidationException(e.getMessage());
        }
    }

    static SourceKind kindFor(String mentionLabel) {
        return switch (mentionLabel) {
            case Labels.NAMED_PERSON, Labels.UNNAMED_INDIVIDUAL -> SourceKind.PERSON;
            case Labels.NAMED_ORGANISATION -> SourceKind.ORGANISATION;
            case Labels.UNNAMED_GROUP -> SourceKind.GROUP;
            case Labels.DOCUMENT -> SourceKind.DOCUMENT;
            default -> SourceKind.OTHER;
        };
    }

    private static Choice choice(SourceEntry entry) {
        return new Choice(entry.linkValue(), entry.name());
    }
}
