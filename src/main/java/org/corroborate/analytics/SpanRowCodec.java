package org.corroborate.analytics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A set's (or an article's majority's) counted spans as the bytes the analytics keep between calls
 * ({@code analytics_set_spans}, {@code analytics_majority_spans}): every field of {@link SpanRow} but the quote, which
 * the kept spans never carry (only the spans behind one profile show quotes, and those are read afresh).
 *
 * <p>{@link #FORMAT} names the layout <em>and the counting rules</em>: kept bytes of another format are worked out
 * again. Raise it whenever {@link CountedRows} or {@link SpanRow} change what a span counts as.
 */
final class SpanRowCodec {

    /** The layout and counting rules of the bytes; bytes of another value are not read. */
    static final int FORMAT = 1;

    private SpanRowCodec() {}

    /** The spans as bytes, or null when a value is too long to keep (over 65,535 bytes; the columns hold far less). */
    static byte @Nullable [] encode(List<SpanRow> spans) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + spans.size() * 40);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(spans.size());
            for (SpanRow s : spans) {
                out.writeLong(s.id());
                out.writeLong(s.setId());
                out.writeUTF(s.layer());
                out.writeUTF(s.label());
                out.writeInt(s.start());
                out.writeInt(s.end());
                out.writeLong(s.words());
                optional(out, s.frameId());
                optional(out, s.certainty());
                optional(out, s.reason());
                optional(out, s.canonical());
                optional(out, s.reportedBy());
                optional(out, s.beforeType());
                optional(out, s.afterType());
            }
        } catch (IOException e) { // a byte array fails only on a value too long for writeUTF
            return null;
        }
        return bytes.toByteArray();
    }

    /**
     * The spans of the bytes, of the article given, or null when the bytes are of another {@link #FORMAT} (then they
     * are worked out again).
     */
    static @Nullable List<SpanRow> decode(byte[] bytes, long articleId) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                return null;
            }
            int n = in.readInt();
            List<SpanRow> spans = new ArrayList<>(n);
            Map<String, String> shared = new HashMap<>(); // one instance per layer, label and type name
            for (int i = 0; i < n; i++) {
                long id = in.readLong();
                long setId = in.readLong();
                String layer = shared.computeIfAbsent(in.readUTF(), k -> k);
                String label = shared.computeIfAbsent(in.readUTF(), k -> k);
                int start = in.readInt();
                int end = in.readInt();
                long words = in.readLong();
                String frameId = optional(in);
                String certainty = optional(in);
                String reason = optional(in);
                String canonical = optional(in);
                String reportedBy = optional(in);
                String before = optional(in);
                String after = optional(in);
                spans.add(new SpanRow(
                        id,
                        setId,
                        articleId,
                        layer,
                        label,
                        start,
                        end,
                        frameId,
                        "",
                        words,
                        certainty,
                        reason,
                        canonical,
                        reportedBy,
                        before == null ? null : shared.computeIfAbsent(before, k -> k),
                        after == null ? null : shared.computeIfAbsent(after, k -> k)));
            }
            return spans;
        } catch (IOException e) {
            return null; // bytes cut short or damaged: worked out again
        }
    }

    private static void optional(DataOutputStream out, @Nullable String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static @Nullable String optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
