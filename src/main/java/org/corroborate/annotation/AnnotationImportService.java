package org.corroborate.annotation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corroborate.project.ProjectAccess;
import org.corroborate.scheme.Attributes;
import org.corroborate.scheme.Layer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores annotations read from files (a re-imported export, brat standoff) in the sets of the annotators they
 * name. Managers and curators only, since it writes other people's sets. Checks everything first
 * ({@link #problems}) so an import can refuse the whole file with every reason.
 */
@Service
public class AnnotationImportService {

    private final AnnotationSetRepository sets;
    private final AnnotationRepository annotations;
    private final AnnotationService annotationService;
    private final ProjectAccess access;
    private final Clock clock;

    AnnotationImportService(AnnotationSetRepository sets, AnnotationRepository annotations,
            AnnotationService annotationService, ProjectAccess access, Clock clock) {
        this.sets = sets;
        this.annotations = annotations;
        this.annotationService = annotationService;
        this.access = access;
        this.clock = clock;
    }

    /** Why each span cannot be stored on this text, by its index in the list; empty when all can. */
    @Transactional(readOnly = true)
    public Map<Integer, String> problems(long projectId, String text, List<ImportedAnnotation> spans) {
        access.requireExport(projectId);
        LabelSet labels = annotationService.labels(projectId);
        Map<Integer, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            ImportedAnnotation a = spans.get(i);
            try {
                SpanRequest checked = SpanRules.check(new SpanRequest(a.layer(), a.label(), a.start(), a.end(),
                        a.attributes(), null), text, labels);
                SpanRules.checkTextAttributes(checked.attributes(), text);
                if (a.annotator().isBlank() || a.annotator().length() > 64) {
                    problems.put(i, "the annotator name must have 1 to 64 characters");
                }
            } catch (AnnotationValidationException e) {
                problems.put(i, e.getMessage());
            }
        }
        return problems;
    }

    /** Stores the spans (checked with {@link #problems} first); returns how many. */
    @Transactional
    public int store(long projectId, long articleId, String text, List<ImportedAnnotation> spans) {
        access.requireExport(projectId);
        LabelSet labels = annotationService.labels(projectId);
        Map<String, AnnotationSet> setOf = new HashMap<>();
        Map<String, String> frames = new HashMap<>();
        List<Annotation> created = new ArrayList<>();
        for (ImportedAnnotation a : spans) {
            SpanRequest checked = SpanRules.check(new SpanRequest(a.layer(), a.label(), a.start(), a.end(),
                    a.attributes(), null), text, labels);
            AnnotationSet set = setOf.computeIfAbsent(a.annotator(), who -> {
                Optional<AnnotationSet> existing = sets.findByArticleIdAndAnnotator(articleId, who);
                return existing.orElseGet(() -> sets.saveAndFlush(new AnnotationSet(articleId, who, clock.instant())));
            });
            String frame = a.layer() != Layer.ATTRIBUTION ? null
                    : frames.computeIfAbsent(a.annotator() + "\u0000" + (a.frame() == null ? UUID.randomUUID() : a.frame()),
                            k -> UUID.randomUUID().toString());
            Map<String, String> attributes = new HashMap<>(checked.attributes());
            Annotation annotation = new Annotation(set.getId(), checked.layer(), checked.label(),
                    TextQuote.capture(text, checked.start(), checked.end()), attributes, frame, a.suggestedBy(),
                    a.annotator(), clock.instant());
            if (a.suggestedBy() != null && a.review() != null && a.review() != SuggestionReview.PENDING) {
                annotation.review(a.review(), a.annotator(), clock.instant());
            }
            created.add(annotation);
            set.touched(clock.instant());
        }
        // A figure's link to the attribution that reports it names the file's frame: follow it to the new one.
        for (int i = 0; i < created.size(); i++) {
            String reportedBy = spans.get(i).attributes().get(Attributes.REPORTED_BY);
            if (reportedBy != null) {
                Annotation figure = created.get(i);
                Map<String, String> attributes = new HashMap<>(figure.toViewUnsaved().attributes());
                String frame = frames.get(spans.get(i).annotator() + "\u0000" + reportedBy);
                if (frame == null) {
                    attributes.remove(Attributes.REPORTED_BY);
                } else {
                    attributes.put(Attributes.REPORTED_BY, frame);
                }
                figure.relabel(figure.toViewUnsaved().label(), attributes, clock.instant());
            }
        }
        annotations.saveAll(created);
        annotations.flush();
        return created.size();
    }
}
