package org.corroborate.annotation;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectGrant;
import org.corroborate.scheme.Attributes;
import org.corroborate.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links from source mentions to the source registry: a mention's {@code canonicalSource} attribute
 * holds a canonical source's id. The registry counts and rewrites them here, inside its own checks.
 */
@Component
public class CanonicalSourceLinks {

    private final AnnotationUsageRepository usage;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    CanonicalSourceLinks(AnnotationUsageRepository usage, ProjectAccess access, CurrentUser currentUser) {
        this.usage = usage;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * How many annotations of the project link to each linked value. Under blind mode an annotator's counts include
     * only what they may see: their own sets and curated articles.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> countByLink(long projectId) {
        ProjectGrant grant = access.requireView(projectId);
        boolean all = grant.canCurate() || !access.workflow(projectId).blindMode();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : all
                ? usage.countAttributeValues(projectId, Attributes.CANONICAL_SOURCE)
                : usage.countAttributeValuesVisibleTo(
                        projectId, Attributes.CANONICAL_SOURCE, currentUser.requireUsername())) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Points every annotation of the project that links to {@code from} at {@code to}, giving each a new
     * version so an editor still holding the old link cannot silently write it back. Runs in the caller's
     * transaction, which has checked that the user may merge sources.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int relink(long projectId, String from, String to) {
        access.requireView(projectId);
        usage.touchWithAttribute(projectId, Attributes.CANONICAL_SOURCE, from);
        usage.touchSetsWithAttribute(projectId, Attributes.CANONICAL_SOURCE, from);
        return usage.replaceAttributeValue(projectId, Attributes.CANONICAL_SOURCE, from, to);
    }
}
