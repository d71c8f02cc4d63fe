package org.corroborate.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corroborate.figure.FigureNormaliser;
import org.jspecify.annotations.Nullable;

/** All detectors over one text: analyses it once and collects every suggestion, sorted by position. */
public final class Detectors {

    private final List<Detector> detectors;

    public Detectors(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /**
     * The built-in detectors (attributions, source mentions and figures), figures read by the given normaliser:
     * a project's ({@code FigureReaders}), or {@link FigureNormaliser#withoutProject()} where there is none.
     */
    public static Detectors standard(FigureNormaliser figures) {
        AttributionDetector attributions = new AttributionDetector();
        return new Detectors(
                List.of(attributions, new SourceMentionDetector(attributions), new FigureDetector(figures)));
    }

    public List<Detector> detectors() {
        return detectors;
    }

    public List<Suggestion> detect(String text, @Nullable LocalDate published) {
        return detect(ArticleAnalysis.of(text, published));
    }

    public List<Suggestion> detect(ArticleAnalysis article) {
        List<Suggestion> all = new ArrayList<>();
        for (Detector detector : detectors) {
            all.addAll(detector.detect(article));
        }
        all = new ArrayList<>(ParagraphBounds.apply(article.text(), all));
        all.sort(Comparator.comparingInt(Suggestion::start)
                .thenComparingInt(Suggestion::end)
                .thenComparing(Suggestion::layer)
                .thenComparing(Suggestion::label));
        return all;
    }
}
