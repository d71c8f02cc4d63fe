package org.corroborate.labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.concurrency.ConcurrentChangeException;
import org.corroborate.project.ProjectAccess;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's label set: reading it, and managers replacing it without losing labels that annotations use. */
@Service
public class LabelSetService {

    private final LabelDefinitionRepository labelDefinitions;
    private final LabelUsage usage;
    private final ProjectAccess access;
    private final AuditLog audit;

    LabelSetService(
            LabelDefinitionRepository labelDefinitions, LabelUsage usage, ProjectAccess access, AuditLog audit) {
        this.labelDefinitions = labelDefinitions;
        this.usage = usage;
        this.access = access;
        this.audit = audit;
    }

    /** The project's labels: as its managers edited them, or the scheme's defaults. */
    @Transactional(readOnly = true)
    public LabelSet labels(long projectId) {
        access.requireView(projectId);
        List<LabelDefinition> stored = labelDefinitions.findByProject(projectId);
        return stored.isEmpty()
                ? LabelSet.defaults()
                : new LabelSet(stored.stream().map(LabelDefinition::toLabel).toList());
    }

    /** See {@link LabelUsage}. */
    @Transactional(readOnly = true)
    public Map<String, Long> labelUsage(long projectId) {
        return usage.labelUsage(projectId);
    }

    /**
     * Replaces the project's label set (managers only). Every layer must keep at least one label, and a
     * label that annotations use cannot be removed.
     */
    @Transactional
    public LabelSet saveLabels(long projectId, LabelSet loaded, LabelSet labels) {
        access.requireManageExclusively(projectId);
        if (!labels(projectId).equals(loaded)) {
            // Another manager saved since this one loaded: theirs stays, this one decides again on the new set.
            throw new ConcurrentChangeException(LabelDefinition.class, projectId);
        }
        for (Layer layer : Layer.values()) {
            if (labels.of(layer).isEmpty()) {
                throw new LabelSetException("The " + layer.code() + " layer needs at least one label.");
            }
        }
        if (labels.of(Layer.ATTRIBUTION).stream().map(ProjectLabel::code).noneMatch(Labels.CUE::equals)) {
            throw new LabelSetException("The attribution layer needs its 'cue' label: frames hang on it.");
        }
        LabelSetRules.check(labels);
        LabelSetRules.checkRemovals(loaded, labels, labelUsage(projectId));
        audit.record(AuditAction.LABELS_CHANGED, projectId, "label set", labelChanges(loaded, labels));
        labelDefinitions.deleteByProject(projectId);
        labelDefinitions.flush();
        int position = 0;
        for (ProjectLabel label : labels.labels()) {
            if (!label.code().matches("[a-z0-9][a-z0-9-]{0,59}")) {
                throw new LabelSetException(
                        "Label codes are lower-case letters, digits and dashes: '" + label.code() + "' is not.");
            }
            labelDefinitions.save(new LabelDefinition(projectId, label, position++));
        }
        labelDefinitions.flush();
        return labels(projectId);
    }

    /** "added claim:rumour; removed claim:opinion; changed figure:date": what a save of the label set changes. */
    private static String labelChanges(LabelSet before, LabelSet after) {
        Map<String, ProjectLabel> old = new LinkedHashMap<>();
        before.labels().forEach(l -> old.put(l.id(), l));
        Map<String, ProjectLabel> now = new LinkedHashMap<>();
        after.labels().forEach(l -> now.put(l.id(), l));
        List<String> parts = new ArrayList<>();
        now.keySet().stream().filter(k -> !old.containsKey(k)).forEach(k -> parts.add("added " + k));
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> parts.add("removed " + k));
        now.forEach((k, label) -> {
            if (old.containsKey(k) && !old.get(k).equals(label)) {
                parts.add("changed " + k);
            }
        });
        return parts.isEmpty() ? "order only" : String.join("; ", parts);
    }
}
