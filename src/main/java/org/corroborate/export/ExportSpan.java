package org.corroborate.export;

import java.util.Map;
import org.corroborate.annotation.AnnotationView;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * One annotation as an export sees it. {@code start}/{@code end} are UTF-16 offsets into the article's
 * text; writers turn them into code points. {@code owner} is the label set the span belongs to: an annotator's
 * username, or {@link #GOLD} (which no username can be; exports spell it {@link ExportedSet#GOLD_NAME}).
 * {@code review} is null for spans people made, else pending, accepted or rejected.
 */
public record ExportSpan(
        long id,
        String owner,
        Layer layer,
        String label,
        int start,
        int end,
        String text,
        Map<String, String> attributes,
        @Nullable String frameId,
        @Nullable String suggestedBy,
        @Nullable String review) {

    /** Owner of gold spans inside Corroborate, as the database names gold sets; never written out. */
    public static final String GOLD = "#gold";

    public ExportSpan {
        attributes = Map.copyOf(attributes);
    }

    /** An annotation as exported under {@code owner} (an annotator's username, or {@link #GOLD}). */
    public static ExportSpan of(String owner, AnnotationView a) {
        return new ExportSpan(
                a.id(),
                owner,
                a.layer(),
                a.label(),
                a.start(),
                a.end(),
                a.text(),
                a.attributes(),
                a.frameId(),
                a.suggestedBy(),
                a.review() == null ? null : a.review().name().toLowerCase(java.util.Locale.ROOT));
    }

    public boolean suggestion() {
        return suggestedBy != null;
    }

    public boolean pending() {
        return "pending".equals(review);
    }

    public boolean rejected() {
        return "rejected".equals(review);
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }
}
