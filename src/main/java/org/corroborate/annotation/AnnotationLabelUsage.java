package org.corroborate.annotation;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.labels.LabelUsage;
import org.corroborate.project.ProjectAccess;
import org.corroborate.project.ProjectGrant;
import org.corroborate.scheme.LabelRef;
import org.corroborate.scheme.Layer;
import org.corroborate.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many annotations of the project use each label, by {@link org.corroborate.labels.ProjectLabel#id()}. Under
 * blind mode an annotator's counts include only what they may see: their own sets and curated articles.
 */
@Component
class AnnotationLabelUsage implements LabelUsage {

    private final AnnotationUsageRepository usage;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    AnnotationLabelUsage(AnnotationUsageRepository usage, ProjectAccess access, CurrentUser currentUser) {
        this.usage = usage;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> labelUsage(long projectId) {
        ProjectGrant grant = access.requireView(projectId);
        boolean all = grant.canCurate() || !access.workflow(projectId).blindMode();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : all
                ? usage.countLabels(projectId)
                : usage.countLabelsVisibleTo(projectId, currentUser.requireUsername())) {
            counts.put(
                    new LabelRef(Layer.valueOf((String) row[0]), (String) row[1]).format(),
                    ((Number) row[2]).longValue());
        }
        return counts;
    }
}
