package org.corroborate.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.annotation.ImportedAnnotation;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * brat standoff: a {@code .txt} and its {@code .ann}. Text-bound annotations ({@code T1<TAB>Type start end<TAB>text},
 * offsets in characters of the .txt, discontinuous spans as {@code start end;start end}) become spans: types Cue,
 * Source and Content are attribution parts, other types a label of the scheme ({@code unnamed-individual},
 * {@code Figure-money}, or {@code Claim_other} where a label is in two layers). Events ({@code E1<TAB>Cue:T2
 * Source:T1 Content:T3 Content2:T4}) make one attribution frame of their arguments; a Content split around the cue
 * is one discontinuous T or several Content arguments. Attributes ({@code A1<TAB>Name T1 [Value]}) go on the span.
 * The text is kept verbatim, since the offsets point into it.
 */
final class BratArticles implements ArticleFormat {

    private static final Set<String> ROLES = Set.of(Labels.CUE, Labels.SOURCE, Labels.CONTENT);

    static final String ANN = ".ann";

    BratArticles() {}

    @Override
    public List<String> extensions() {
        return List.of(ANN);
    }

    @Override
    public String description() {
        return "brat .txt with its .ann";
    }

    @Override
    public boolean mayBeEmpty() {
        return true;
    }

    @Override
    public void finish(Upload upload, List<ImportProblem> problems) {
        for (UploadedFile ann : upload.unpaired(ANN)) {
            problems.add(
                    new ImportProblem(ann.name(), "a brat .ann file needs its .txt (same name) in the same upload"));
        }
    }

    @Override
    public List<TextFile> read(UploadedFile file, Upload upload, List<ImportProblem> problems) throws FileProblems {
        return List.of(); // read with its .txt (PlainTextArticles)
    }

    private record TextBound(String id, String type, List<int[]> fragments, int line) {}

    static TextFile read(TextFile txt, String annName, byte[] ann) throws FileProblems {
        String text = txt.text();
        Map<String, TextBound> bounds = new LinkedHashMap<>();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        Map<String, String> frameOf = new HashMap<>();
        Map<String, String> roleOf = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        String[] lines = new String(ann, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = annName + " line " + (i + 1);
            if (line.isBlank()
                    || line.startsWith("#")
                    || line.startsWith("R")
                    || line.startsWith("*")
                    || line.startsWith("N")) {
                continue; // notes, relations and normalisations carry nothing this scheme stores
            }
            String[] parts = line.split("\t");
            if (parts.length < 2) {
                throw new FileProblems(where, "not a brat annotation line");
            }
            switch (parts[0].charAt(0)) {
                case 'T' -> bounds.put(parts[0], textBound(where, parts, i + 1));
                case 'E' -> events.add(new String[] {where, parts[0], parts[1]});
                case 'A', 'M' -> {
                    String[] a = parts[1].split(" ");
                    if (a.length < 2) {
                        throw new FileProblems(where, "an attribute needs a name and a target");
                    }
                    attributes.computeIfAbsent(a[1], k -> new HashMap<>()).put(a[0], a.length > 2 ? a[2] : "yes");
                }
                default -> throw new FileProblems(where, "unknown brat line type '" + parts[0] + "'");
            }
        }
        for (String[] event : events) {
            for (String argument : event[2].strip().split(" ")) {
                String[] roleAndTarget = argument.split(":");
                if (roleAndTarget.length != 2) {
                    throw new FileProblems(event[0], "'" + argument + "' is not Role:T");
                }
                String role = roleAndTarget[0].replaceAll("\\d+$", "").toLowerCase(Locale.ROOT);
                String target = roleAndTarget[1];
                if (!ROLES.contains(role)) {
                    throw new FileProblems(
                            event[0], "'" + roleAndTarget[0] + "' is not an attribution role (Cue, Source, Content)");
                }
                if (!bounds.containsKey(target)) {
                    throw new FileProblems(event[0], "'" + target + "' is not a text-bound annotation of the file");
                }
                frameOf.put(target, event[1]);
                roleOf.put(target, role);
            }
        }
        List<ImportedAnnotation> spans = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (TextBound t : bounds.values()) {
            String where = annName + " line " + t.line() + " (" + t.id() + ")";
            Map<String, String> attrs = attributes.getOrDefault(t.id(), Map.of());
            String type = t.type().toLowerCase(Locale.ROOT).replace('_', '-');
            String frame = frameOf.get(t.id());
            if (ROLES.contains(type)) {
                add(spans, places, text, where, Layer.ATTRIBUTION, type, t, attrs, frame == null ? t.id() : frame);
                continue;
            }
            Layer layer = null;
            String label = type;
            for (Layer l : Layer.values()) {
                if (type.startsWith(l.code() + "-")) {
                    layer = l;
                    label = type.substring(l.code().length() + 1);
                }
            }
            if (layer == null) {
                List<Layer> matches = new ArrayList<>();
                for (Layer l : Layer.values()) {
                    if (l != Layer.ATTRIBUTION
                            && Labels.DEFAULTS.getOrDefault(l, List.of()).contains(type)) {
                        matches.add(l);
                    }
                }
                if (matches.size() != 1) {
                    throw new FileProblems(
                            where,
                            matches.isEmpty()
                                    ? "unknown type '" + t.type()
                                            + "' (use a label of the scheme, or Layer-label such as Claim-factual)"
                                    : "'" + t.type() + "' is a label of several layers: write "
                                            + matches.getFirst().code() + "-" + type + " or "
                                            + matches.get(1).code() + "-" + type);
                }
                layer = matches.getFirst();
            }
            if (t.fragments().size() > 1) {
                throw new FileProblems(where, "only attribution contents may be discontinuous");
            }
            add(spans, places, text, where, layer, label, t, attrs, null);
            String role = roleOf.get(t.id());
            if (role != null) { // a source mention that is also the Source of an event: an attribution part too
                add(spans, places, text, where, Layer.ATTRIBUTION, role, t, Map.of(), frame);
            }
        }
        return TextFile.structured(txt.sourceName(), text, true, null, ArticleFacts.NONE, spans, places);
    }

    private static void add(
            List<ImportedAnnotation> spans,
            List<String> places,
            String text,
            String where,
            Layer layer,
            String label,
            TextBound t,
            Map<String, String> attributes,
            @Nullable String frame)
            throws FileProblems {
        if (t.fragments().size() > 1 && !(layer == Layer.ATTRIBUTION && label.equals(Labels.CONTENT))) {
            throw new FileProblems(where, "only attribution contents may be discontinuous");
        }
        for (int[] fragment : t.fragments()) {
            spans.add(SpanFields.parse(
                    text,
                    where,
                    layer.code(),
                    label,
                    (long) fragment[0],
                    (long) fragment[1],
                    attributes,
                    null,
                    null,
                    null,
                    frame));
            places.add(where);
        }
    }

    private static TextBound textBound(String where, String[] parts, int line) throws FileProblems {
        String[] typeAndOffsets = parts[1].split(" ", 2);
        if (typeAndOffsets.length != 2) {
            throw new FileProblems(where, "a text-bound annotation needs a type and offsets");
        }
        List<int[]> fragments = new ArrayList<>();
        for (String fragment : typeAndOffsets[1].split(";")) {
            String[] se = fragment.strip().split(" ");
            try {
                if (se.length != 2) {
                    throw new NumberFormatException();
                }
                fragments.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
            } catch (NumberFormatException e) {
                throw new FileProblems(where, "'" + fragment + "' is not 'start end'");
            }
        }
        return new TextBound(parts[0], typeAndOffsets[0], fragments, line);
    }
}
