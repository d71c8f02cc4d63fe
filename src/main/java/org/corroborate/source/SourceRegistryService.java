package org.corroborate.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.annotation.CanonicalSourceLinks;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectGrant;
import org.corroborate.project.ProjectRole;
import org.corroborate.scheme.Attributes;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's source registry. Members who annotate list sources, add them and add aliases; managers
 * and curators (and site admins) rename, merge and delete. Names and aliases are unique within the
 * project regardless of case, and a name may not also be another source's alias.
 */
@Service
public class SourceRegistryService {

    static final String CURATORS_ONLY = "Only the project's managers and curators can rename, merge or delete sources.";

    private final CanonicalSourceRepository sources;
    private final SourceAliasRepository aliases;
    private final CanonicalSourceLinks links;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    SourceRegistryService(
            CanonicalSourceRepository sources,
            SourceAliasRepository aliases,
            CanonicalSourceLinks links,
            ProjectAccess access,
            CurrentUser currentUser,
            Clock clock) {
        this.sources = sources;
        this.aliases = aliases;
        this.links = links;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The project's sources by name, with their aliases and how many mentions link to each. */
    @Transactional(readOnly = true)
    public List<SourceEntry> list(long projectId) {
        requireAnnotate(projectId);
        Map<Long, List<String>> aliasesBySource = aliases.findByProject(projectId).stream()
                .collect(Collectors.groupingBy(
                        SourceAlias::getSourceId, Collectors.mapping(SourceAlias::getAlias, Collectors.toList())));
        Map<String, Long> mentions = links.countByLink(projectId);
        return sources.findByProject(projectId).stream()
                .map(s -> s.toEntry(
                        aliasesBySource.getOrDefault(s.getId(), List.of()),
                        mentions.getOrDefault(Long.toString(s.getId()), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<SourceEntry> find(long projectId, long sourceId) {
        requireAnnotate(projectId);
        return sources.findById(sourceId)
                .filter(s -> s.getProjectId() == projectId)
                .map(s -> entry(projectId, s));
    }

    /** True when the current user may rename, merge and delete sources of the project. */
    @Transactional(readOnly = true)
    public boolean canCurate(long projectId) {
        return canCurate(access.requireView(projectId));
    }

    @Transactional
    public SourceEntry add(long projectId, String name, SourceKind kind, @Nullable String affiliation, String note) {
        requireAnnotate(projectId);
        String cleanName = checkName(name);
        requireFreeName(projectId, cleanName, null);
        CanonicalSource source = sources.saveAndFlush(new CanonicalSource(
                projectId,
                cleanName,
                kind,
                checkAffiliation(affiliation),
                checkNote(note),
                currentUser.requireUsername(),
                clock.instant()));
        return entry(projectId, source);
    }

    @Transactional
    public SourceEntry addAlias(long projectId, long sourceId, String alias) {
        requireAnnotate(projectId);
        CanonicalSource source = source(projectId, sourceId);
        String cleanAlias = SourceNames.clean(alias);
        if (cleanAlias.isEmpty()) {
            throw new SourceValidationException("An alias cannot be empty.");
        }
        if (cleanAlias.length() > CanonicalSource.NAME_MAX_LENGTH) {
            throw new SourceValidationException(
                    "An alias has at most " + CanonicalSource.NAME_MAX_LENGTH + " characters.");
        }
        requireFreeName(projectId, cleanAlias, null);
        aliases.saveAndFlush(new SourceAlias(source.getId(), projectId, cleanAlias));
        return entry(projectId, source);
    }

    @Transactional
    public SourceEntry removeAlias(long projectId, long sourceId, String alias) {
        requireCurate(projectId);
        CanonicalSource source = source(projectId, sourceId);
        aliases.findByAliasKey(projectId, SourceNames.key(alias))
                .filter(a -> a.getSourceId() == sourceId)
                .ifPresent(a -> {
                    aliases.delete(a);
                    aliases.flush();
                });
        return entry(projectId, source);
    }

    /**
     * Renames and describes a source. {@code expectedVersion} is the version the editor started from: a
     * change made meanwhile by someone else is refused rather than overwritten.
     */
    @Transactional
    public SourceEntry update(
            long projectId,
            long sourceId,
            long expectedVersion,
            String name,
            SourceKind kind,
            @Nullable String affiliation,
            String note) {
        requireCurate(projectId);
        CanonicalSource source = source(projectId, sourceId, expectedVersion);
        String cleanName = checkName(name);
        requireFreeName(projectId, cleanName, sourceId);
        source.describe(cleanName, kind, checkAffiliation(affiliation), checkNote(note));
        sources.flush();
        return entry(projectId, source);
    }

    /**
     * Merges {@code mergedId} into {@code keptId}: the merged source's name and aliases become aliases of
     * the kept one, mentions linking to it link to the kept one, and the merged source is deleted.
     */
    @Transactional
    public SourceEntry merge(long projectId, long keptId, long keptVersion, long mergedId, long mergedVersion) {
        requireCurate(projectId);
        if (keptId == mergedId) {
            throw new SourceValidationException("A source cannot be merged into itself.");
        }
        CanonicalSource kept = source(projectId, keptId, keptVersion);
        CanonicalSource merged = source(projectId, mergedId, mergedVersion);
        for (SourceAlias alias : aliases.findBySource(mergedId)) {
            alias.moveTo(keptId);
        }
        aliases.flush();
        String mergedName = merged.getName();
        links.relink(projectId, Long.toString(mergedId), Long.toString(keptId));
        // The bulk relink cleared the persistence context: work on fresh copies from here.
        sources.deleteById(mergedId);
        sources.flush();
        aliases.saveAndFlush(new SourceAlias(keptId, projectId, mergedName));
        CanonicalSource reloaded = sources.findById(kept.getId()).orElseThrow(NotFoundOrNotAllowedException::new);
        return entry(projectId, reloaded);
    }

    /** Deletes a source no mention links to; one still in use can only be merged into another. */
    @Transactional
    public void delete(long projectId, long sourceId, long expectedVersion) {
        requireCurate(projectId);
        CanonicalSource source = source(projectId, sourceId, expectedVersion);
        long mentions = links.countByLink(projectId).getOrDefault(Long.toString(sourceId), 0L);
        if (mentions > 0) {
            throw new SourceValidationException("'" + source.getName() + "' is linked from " + mentions
                    + (mentions == 1 ? " mention" : " mentions")
                    + ": merge it into another source instead of deleting it.");
        }
        sources.delete(source);
        sources.flush();
    }

    /** The source a mention's text most likely stands for; empty when none, or more than one, fits. */
    @Transactional(readOnly = true)
    public Optional<SourceEntry> suggestCanonical(long projectId, String mentionText) {
        List<SourceEntry> registry = list(projectId);
        List<SourceMatcher.Candidate> candidates = registry.stream()
                .map(s -> new SourceMatcher.Candidate(s.id(), s.name(), s.aliases(), s.kind() == SourceKind.PERSON))
                .toList();
        return SourceMatcher.match(mentionText, candidates)
                .flatMap(id -> registry.stream().filter(s -> s.id() == id).findFirst());
    }

    private SourceEntry entry(long projectId, CanonicalSource source) {
        List<String> names = new ArrayList<>(aliases.findBySource(source.getId()).stream()
                .map(SourceAlias::getAlias)
                .toList());
        names.sort(Comparator.comparing(SourceNames::key));
        long mentions = links.countByLink(projectId).getOrDefault(Long.toString(source.getId()), 0L);
        return source.toEntry(names, mentions);
    }

    private CanonicalSource source(long projectId, long sourceId) {
        return sources.findById(sourceId)
                .filter(s -> s.getProjectId() == projectId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private CanonicalSource source(long projectId, long sourceId, long expectedVersion) {
        Optional<CanonicalSource> found = sources.findById(sourceId).filter(s -> s.getProjectId() == projectId);
        if (found.isEmpty() || found.get().getVersion() != expectedVersion) {
            // Gone or changed since the caller read it: someone else got there first.
            throw new ConcurrentChangeException(CanonicalSource.class, sourceId);
        }
        return found.get();
    }

    /** A name or alias must not already be a source's name or alias in the project (ignoring case). */
    private void requireFreeName(long projectId, String name, @Nullable Long renaming) {
        String key = SourceNames.key(name);
        sources.findByNameKey(projectId, key)
                .filter(s -> renaming == null || s.getId() != renaming)
                .ifPresent(s -> {
                    throw new SourceValidationException("The registry already has a source named '" + s.getName()
                            + "' (names are compared ignoring case).");
                });
        aliases.findByAliasKey(projectId, key).ifPresent(a -> {
            String owner = sources.findById(a.getSourceId())
                    .map(CanonicalSource::getName)
                    .orElse("another source");
            throw new SourceValidationException("'" + a.getAlias() + "' is already an alias of '" + owner + "'.");
        });
    }

    private ProjectGrant requireAnnotate(long projectId) {
        ProjectGrant grant = access.requireView(projectId);
        if (!grant.canAnnotate()) {
            throw new AccessRefusedException("Only project members can use the source registry.");
        }
        return grant;
    }

    private void requireCurate(long projectId) {
        if (!canCurate(access.requireView(projectId))) {
            throw new AccessRefusedException(CURATORS_ONLY);
        }
    }

    private static boolean canCurate(ProjectGrant grant) {
        return grant.canManage()
                || grant.role().filter(r -> r == ProjectRole.CURATOR).isPresent();
    }

    private static String checkName(String name) {
        String clean = SourceNames.clean(name);
        if (clean.isEmpty()) {
            throw new SourceValidationException("A source needs a name.");
        }
        if (clean.length() > CanonicalSource.NAME_MAX_LENGTH) {
            throw new SourceValidationException(
                    "A source name has at most " + CanonicalSource.NAME_MAX_LENGTH + " characters.");
        }
        return clean;
    }

    private static @Nullable String checkAffiliation(@Nullable String affiliation) {
        if (affiliation == null || affiliation.isBlank()) {
            return null;
        }
        if (!Attributes.AFFILIATIONS.contains(affiliation)) {
            throw new SourceValidationException("'" + affiliation + "' is not an affiliation (one of "
                    + String.join(", ", Attributes.AFFILIATIONS) + ").");
        }
        return affiliation;
    }

    private static String checkNote(String note) {
        String clean = note.strip();
        if (clean.length() > CanonicalSource.NOTE_MAX_LENGTH) {
            throw new SourceValidationException(
                    "A note has at most " + CanonicalSource.NOTE_MAX_LENGTH + " characters.");
        }
        return clean;
    }
}
