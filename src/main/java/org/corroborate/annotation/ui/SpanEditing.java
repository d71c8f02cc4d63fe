package org.corroborate.annotation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.annotation.SpanRequest;
import org.corroborate.labels.LabelSet;
import org.corroborate.labels.ProjectLabel;
import org.corroborate.scheme.LabelRef;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.corroborate.scheme.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * What every page that edits spans in the {@link AnnotationEditor} says the same way (the annotation editor, curation,
 * a student's exercise): the palette and its number keys, the label a palette id names, which attribution frame a new
 * span joins, and the {@code ?at=} position a page is opened at.
 */
public final class SpanEditing {

    /** The number keys of the palette, in order: the first ten labels of a layer get one each. */
    static final List<String> SHORTCUT_KEYS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0");

    /** The colour of a span whose label the project no longer has. */
    public static final String UNKNOWN_LABEL_COLOR = "#64748b";

    private static final Pattern AT = Pattern.compile("(?:([a-z]{1,20}):)?(\\d{1,9})-(\\d{1,9})");

    private SpanEditing() {}

    /** The palette of one layer's labels, in the order given, the first ten with a number key. */
    public static List<EditorLabel> palette(List<ProjectLabel> labels) {
        List<EditorLabel> palette = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            ProjectLabel l = labels.get(i);
            palette.add(new EditorLabel(
                    l.id(),
                    l.layer().code(),
                    l.code(),
                    l.caption(),
                    l.color(),
                    i < SHORTCUT_KEYS.size() ? SHORTCUT_KEYS.get(i) : null));
        }
        return palette;
    }

    /**
     * Sends the editor's gestures that mark a new span to {@code newSpan}: a labelled selection (Enter, or a palette
     * click), and S or C putting the selection into the attribution frame being built as its source or content.
     */
    public static void onNewSpan(AnnotationEditor editor, NewSpan newSpan) {
        editor.addCreateListener(e -> {
            editor.settleProvisional(); // before the saved span, so that it goes first in the same answer
            LabelChoice.parse(e.labelId()).ifPresent(label -> newSpan.create(e.start(), e.end(), label, null));
        });
        editor.addAttachToFrameListener(
                e -> newSpan.create(e.start(), e.end(), new LabelChoice(Layer.ATTRIBUTION, e.role()), e.frameId()));
    }

    /** What a page does with a span the user marked. */
    @FunctionalInterface
    public interface NewSpan {

        /**
         * @param frameId the attribution frame it joins, or null: the one being built ({@link LabelChoice#request})
         */
        void create(int start, int end, LabelChoice label, @Nullable String frameId);
    }

    /** A label's caption in a project's set, or its code when the set no longer has it. */
    public static String caption(LabelSet labels, Layer layer, String code) {
        return labels.find(layer, code).map(ProjectLabel::caption).orElse(code);
    }

    /** A label's colour in a project's set, or a neutral grey when the set no longer has it. */
    public static String color(LabelSet labels, Layer layer, String code) {
        return labels.find(layer, code).map(ProjectLabel::color).orElse(UNKNOWN_LABEL_COLOR);
    }

    /**
     * A label as the editor names it in its create and relabel events ({@code "layer:code"}, a palette entry's id).
     *
     * @param layer the label's layer
     * @param code  the label's code within the layer
     */
    public record LabelChoice(Layer layer, String code) {

        /** The label a palette id names; empty when it names none ("claim" alone, "nolayer:x"). */
        public static Optional<LabelChoice> parse(String labelId) {
            return LabelRef.tryParse(labelId).map(ref -> new LabelChoice(ref.layer(), ref.code()));
        }

        /**
         * The span to create with this label over [start, end). Attribution sources and contents join the frame
         * named, else the frame being built ({@code activeFrame}); a cue, or a part with no frame, starts one.
         */
        public SpanRequest request(int start, int end, @Nullable String frameId, @Nullable String activeFrame) {
            SpanRequest request = SpanRequest.of(layer, code, start, end);
            String frame = frameId;
            if (frame == null && layer == Layer.ATTRIBUTION && !Labels.CUE.equals(code)) {
                frame = activeFrame;
            }
            return frame == null ? request : request.inFrame(frame);
        }
    }

    /**
     * A stretch of an article a page is opened at: {@code ?at=120-134}, or {@code ?at=figure:120-134} for one layer's
     * span there.
     *
     * @param layer the layer named, or null for any (none named, or one that does not exist)
     * @param start where the stretch starts (UTF-16 offset into the cleaned text)
     * @param end   where it ends, exclusive
     */
    public record TextAt(@Nullable Layer layer, int start, int end) {

        /** The position a {@code ?at=} value names; empty when it is not one. */
        public static Optional<TextAt> parse(String at) {
            Matcher m = AT.matcher(at);
            if (!m.matches()) {
                return Optional.empty();
            }
            Layer layer = null;
            if (m.group(1) != null) {
                try {
                    layer = Layer.fromCode(m.group(1));
                } catch (IllegalArgumentException e) {
                    layer = null;
                }
            }
            return Optional.of(new TextAt(layer, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }

        /** The {@code ?at=} value of a span of a layer: {@code "figure:120-134"}. */
        public static String of(Layer layer, int start, int end) {
            return new TextPosition(layer, start, end).format();
        }

        /** The {@code ?at=} value of a stretch of text: {@code "120-134"}. */
        public static String of(int start, int end) {
            return start + "-" + end;
        }
    }
}
