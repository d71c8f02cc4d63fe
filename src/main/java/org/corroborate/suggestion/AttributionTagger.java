package org.corroborate.suggestion;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Attribution roles learnt from annotated news: a left-to-right token tagger (OpenNLP perceptron; tags
 * {@code O}, {@code B-/I-} cue, source and content) over one paragraph at a time, so that no span crosses a
 * paragraph. Its features are the words around a token, their shapes, whether the token is inside a quotation,
 * the tags already given, and how far the nearest likely reporting word (a lexicon of how often each word is
 * a cue in the training articles) lies before or after it in the sentence. The spans it tags are assembled
 * into whole frames by {@link #frames}: each source and content part goes to the nearest cue of its paragraph;
 * a cue without content and parts without a cue are dropped.
 *
 * <p>The model and the lexicon are trained on PolNeAR (see ADR 0023 and {@code AttributionTaggerTraining});
 * without them on the classpath {@link #standard()} is empty and the rule-based frames are used.
 */
final class AttributionTagger {

    static final String MODEL = "org/corroborate/suggestion/attribution-tagger.bin.gz";
    static final String LEXICON = "org/corroborate/suggestion/attribution-cue-words.tsv";

    static final String O = "O";
    static final String CUE = "cue";
    static final String SOURCE = "source";
    static final String CONTENT = "content";

    private static final class Holder {
        static final Optional<AttributionTagger> STANDARD = loadStandard();
    }

    /**
     * A frame is kept when the tagger gave every token of its cue at least this probability: PolNeAR marks
     * beliefs, plans and reactions as attributions too, the seed key only statements; the surest cues are the
     * statements. {@code -Dcorroborate.tagger.threshold=…} changes it (to measure).
     */
    static final double DEFAULT_THRESHOLD = 0.5;

    private final double threshold =
            Double.parseDouble(System.getProperty("corroborate.tagger.threshold", Double.toString(DEFAULT_THRESHOLD)));
    private final MaxentModel model;
    /** Lower-case word → share of its occurrences that are (part of) a cue, in tenths (0–10). */
    private final Map<String, Integer> cueWords;

    AttributionTagger(MaxentModel model, Map<String, Integer> cueWords) {
        this.model = model;
        this.cueWords = cueWords;
    }

    static Optional<AttributionTagger> standard() {
        return Holder.STANDARD;
    }

    private static Optional<AttributionTagger> loadStandard() {
        ClassLoader loader = AttributionTagger.class.getClassLoader();
        try (InputStream m = loader.getResourceAsStream(MODEL);
                InputStream l = loader.getResourceAsStream(LEXICON)) {
            if (m == null || l == null) {
                return Optional.empty();
            }
            MaxentModel model = new GenericModelReader(
                            new BinaryFileDataReader(new DataInputStream(new GZIPInputStream(m))))
                    .getModel();
            return Optional.of(new AttributionTagger(model, readLexicon(l)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attribution tagger", e);
        }
    }

    static Map<String, Integer> readLexicon(InputStream in) throws IOException {
        Map<String, Integer> words = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                words.put(cols[0], Integer.parseInt(cols[1]));
            }
        }
        return words;
    }

    /** Tokens of one paragraph: runs of letters and digits (with inner . ' ’ -), or any other single character. */
    static List<TextSpan> tokens(String text, int start, int end) {
        List<TextSpan> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int s = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < end) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '.' || d == '\'' || d == '’' || d == '-')
                            && i + 1 < end
                            && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else if (d == '.'
                            && i - s <= 3
                            && Character.isUpperCase(text.charAt(s))
                            && AttributionDetector.abbreviationDot(text, i)) {
                        i++; // "Mr." "Sen." "U.S."
                        break;
                    } else {
                        break;
                    }
                }
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < end ? 2 : 1;
            }
            tokens.add(new TextSpan(s, i));
        }
        return tokens;
    }

    /** What the features of a paragraph's tokens need besides the tags: words, quotation and sentence of each. */
    record Paragraph(
            String[] words,
            String[] shapes,
            boolean[] quoted,
            int[] sentence,
            int[] cueness,
            int[] ahead,
            int[] behind) {}

    Paragraph paragraph(String text, List<TextSpan> tokens, List<int[]> quotes, ArticleAnalysis article) {
        int n = tokens.size();
        String[] words = new String[n];
        String[] shapes = new String[n];
        boolean[] quoted = new boolean[n];
        int[] sentence = new int[n];
        int[] cueness = new int[n];
        List<TextSpan> sentences = article.sentences();
        int si = 0;
        int q = 0;
        boolean doubled = false;
        for (int i = 0; i < n; i++) {
            TextSpan t = tokens.get(i);
            String w = text.substring(t.start(), t.end());
            words[i] = w.toLowerCase(Locale.ROOT);
            shapes[i] = shape(w);
            while (q < quotes.size() && quotes.get(q)[1] < t.start()) {
                q++;
            }
            quoted[i] = q < quotes.size() && quotes.get(q)[0] < t.start() && t.start() < quotes.get(q)[1];
            if (w.equals("'") && i + 1 < n && tokens.get(i + 1).start() == t.end() && text.charAt(t.end()) == '\'') {
                doubled = !doubled; // ''…'': two apostrophes as a quotation mark (as some papers' copy has it)
            }
            quoted[i] |= doubled;
            while (si < sentences.size() && sentences.get(si).end() <= t.start()) {
                si++;
            }
            sentence[i] = si;
            cueness[i] = cueWords.getOrDefault(words[i], 0);
        }
        // the nearest likely cue word (cueness ≥ 3, outside quotes) after and before each token in its sentence
        int[] ahead = new int[n];
        int[] behind = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            behind[i] = last >= 0 && sentence[last] == sentence[i] && i - last <= 60 ? last : -1;
            if (cueness[i] >= 3 && !quoted[i]) {
                last = i;
            }
        }
        last = -1;
        for (int i = n - 1; i >= 0; i--) {
            ahead[i] = last >= 0 && sentence[last] == sentence[i] && last - i <= 60 ? last : -1;
            if (cueness[i] >= 3 && !quoted[i]) {
                last = i;
            }
        }
        return new Paragraph(words, shapes, quoted, sentence, cueness, ahead, behind);
    }

    static String shape(String w) {
        char c = w.charAt(0);
        if (Character.isUpperCase(c)) {
            return w.length() > 1 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.') ? "XX" : "Xx";
        }
        if (Character.isLowerCase(c)) {
            return "x";
        }
        if (Character.isDigit(c)) {
            return "d";
        }
        return switch (c) {
            case '“', '”', '"', '‘', '’', '\'', ',', ':', ';', '.', '?', '!', '—', '-', '(', ')' -> String.valueOf(c);
            default -> "p";
        };
    }

    private static String word(Paragraph p, int i) {
        return i < 0 ? "<s>" : i >= p.words().length ? "</s>" : p.words()[i];
    }

    private static String shapeAt(Paragraph p, int i) {
        return i < 0 ? "<s>" : i >= p.shapes().length ? "</s>" : p.shapes()[i];
    }

    private static String bucket(int d) {
        return d == 1
                ? "1"
                : d == 2 ? "2" : d <= 4 ? "3-4" : d <= 8 ? "5-8" : d <= 16 ? "9-16" : d <= 32 ? "17-32" : "33+";
    }

    /** The features of token {@code i} given the tags of the tokens before it. */
    static String[] features(Paragraph p, int i, String[] tags) {
        String w = p.words()[i];
        String t1 = i > 0 ? tags[i - 1] : "<s>";
        String t2 = i > 1 ? tags[i - 2] : "<s>";
        boolean sentenceStart = i == 0 || p.sentence()[i - 1] != p.sentence()[i];
        int aheadAt = p.ahead()[i];
        int behindAt = p.behind()[i];
        String ahead = aheadAt < 0 ? "none" : bucket(aheadAt - i);
        String behind = behindAt < 0 ? "none" : bucket(i - behindAt);
        String aheadWord = aheadAt < 0 ? "none" : p.words()[aheadAt];
        String behindWord = behindAt < 0 ? "none" : p.words()[behindAt];
        String beforeAhead = aheadAt < 1 ? "none" : p.shapes()[aheadAt - 1] + "_" + aheadWord;
        String q = p.quoted()[i] ? "q" : "nq";
        boolean cueInSentence = false;
        boolean sourceInSentence = false;
        for (int j = i - 1; j >= 0 && p.sentence()[j] == p.sentence()[i]; j--) {
            cueInSentence |= tags[j].endsWith(CUE);
            sourceInSentence |= tags[j].endsWith(SOURCE);
        }
        String lex = "lex=" + p.cueness()[i];
        return new String[] {
            "w=" + w,
            "w-1=" + word(p, i - 1),
            "w+1=" + word(p, i + 1),
            "w-2=" + word(p, i - 2),
            "w+2=" + word(p, i + 2),
            "w-1w=" + word(p, i - 1) + "_" + w,
            "ww+1=" + w + "_" + word(p, i + 1),
            "sh=" + p.shapes()[i],
            "sh-1=" + shapeAt(p, i - 1),
            "sh+1=" + shapeAt(p, i + 1),
            "sh-1sh+1=" + shapeAt(p, i - 1) + shapeAt(p, i + 1),
            "suf=" + (w.length() > 3 ? w.substring(w.length() - 3) : w),
            lex,
            "lex+1=" + cueAt(p, i + 1),
            "lex-1=" + cueAt(p, i - 1),
            q,
            "q-1=" + (i > 0 && p.quoted()[i - 1]),
            "t1=" + t1,
            "t2t1=" + t2 + "_" + t1,
            "t1w=" + t1 + "_" + w,
            "t1sh=" + t1 + "_" + p.shapes()[i],
            "ss=" + sentenceStart,
            "ps=" + (i == 0),
            "ahead=" + ahead,
            "behind=" + behind,
            "ab=" + ahead + "_" + behind,
            "qab=" + q + ahead + behind,
            "t1ahead=" + t1 + "_" + ahead,
            "t1behind=" + t1 + "_" + behind,
            "cis=" + cueInSentence + "_" + sourceInSentence,
            "cist1=" + cueInSentence + sourceInSentence + "_" + t1,
            "lext1=" + lex + "_" + t1,
            "lexq=" + lex + q,
            "aw=" + aheadWord,
            "bw=" + behindWord,
            "ba=" + beforeAhead,
            "awq=" + aheadWord + q + ahead,
            "bwq=" + behindWord + q + behind,
            "t1aw=" + t1 + "_" + aheadWord
        };
    }

    private static String cueAt(Paragraph p, int i) {
        return i < 0 || i >= p.cueness().length ? "-" : Integer.toString(p.cueness()[i]);
    }

    /** The tag may follow the one before: {@code I-x} only after {@code B-x} or {@code I-x}. */
    static boolean allowed(String tag, String previous) {
        return !tag.startsWith("I-")
                || previous.length() > 2 && previous.substring(2).equals(tag.substring(2));
    }

    /** The tags of one paragraph, greedily left to right. */
    String[] tag(Paragraph p, double[] confidence) {
        int n = p.words().length;
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            double[] probs = model.eval(features(p, i, tags));
            String previous = i > 0 ? tags[i - 1] : O;
            int best = -1;
            for (int k = 0; k < probs.length; k++) {
                if ((best < 0 || probs[k] > probs[best]) && allowed(model.getOutcome(k), previous)) {
                    best = k;
                }
            }
            tags[i] = model.getOutcome(best);
            confidence[i] = probs[best];
        }
        return tags;
    }

    /** A frame as tagged: its cue, its source if tagged, its content parts (at least one). */
    record TaggedFrame(TextSpan cue, Optional<TextSpan> source, List<TextSpan> contents, double confidence) {}

    /** One role's span in a paragraph, in tokens {@code [from, to)}. */
    record RoleSpan(String role, int from, int to) {}

    static List<RoleSpan> spans(String[] tags) {
        List<RoleSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i].equals(O)) {
                i++;
                continue;
            }
            String role = tags[i].substring(2);
            int from = i++;
            while (i < tags.length && tags[i].equals("I-" + role)) {
                i++;
            }
            spans.add(new RoleSpan(role, from, i));
        }
        return spans;
    }

    /** Whole frames found in the article, paragraph by paragraph. */
    List<TaggedFrame> frames(ArticleAnalysis article) {
        return frames(article, null);
    }

    /**
     * Whole frames; with {@code wanted} only paragraphs that have one of those words outside a quotation are
     * tagged (the caller keeps only frames whose cue is one of them), which saves most of the time.
     */
    List<TaggedFrame> frames(ArticleAnalysis article, java.util.@org.jspecify.annotations.Nullable Set<String> wanted) {
        String text = article.text();
        List<int[]> quotes = Quotes.find(text);
        List<TaggedFrame> frames = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length()
                    && text.charAt(lineEnd) != '\n'
                    && text.charAt(lineEnd) != '\r'
                    && text.charAt(lineEnd) != '\u2028'
                    && text.charAt(lineEnd) != '\u2029') {
                lineEnd++;
            }
            if (lineEnd > lineStart) {
                List<TextSpan> tokens = tokens(text, lineStart, lineEnd);
                if (!tokens.isEmpty()) {
                    Paragraph p = paragraph(text, tokens, quotes, article);
                    if (!worthTagging(p, wanted)) {
                        lineStart = lineEnd + 1;
                        continue; // no likely cue (of the wanted kind) outside a quotation: no frame can form
                    }
                    double[] confidence = new double[tokens.size()];
                    String[] tags = tag(p, confidence);
                    for (TaggedFrame f : assemble(tokens, spans(tags), confidence)) {
                        if (f.confidence() >= threshold) {
                            frames.add(f);
                        }
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return frames;
    }

    private static boolean worthTagging(Paragraph p, java.util.@org.jspecify.annotations.Nullable Set<String> wanted) {
        for (int i = 0; i < p.words().length; i++) {
            if (!p.quoted()[i] && p.cueness()[i] >= 3 && (wanted == null || wanted.contains(p.words()[i]))) {
                return true;
            }
        }
        return false;
    }

    /** Each source and content goes to the nearest cue; frames without content are dropped. */
    static List<TaggedFrame> assemble(List<TextSpan> tokens, List<RoleSpan> spans, double[] confidence) {
        List<RoleSpan> cues = spans.stream().filter(s -> s.role().equals(CUE)).toList();
        if (cues.isEmpty()) {
            return List.of();
        }
        List<List<RoleSpan>> sources = new ArrayList<>();
        List<List<RoleSpan>> contents = new ArrayList<>();
        for (int k = 0; k < cues.size(); k++) {
            sources.add(new ArrayList<>());
            contents.add(new ArrayList<>());
        }
        for (RoleSpan s : spans) {
            if (s.role().equals(CUE)) {
                continue;
            }
            int best = 0;
            int bestDistance = Integer.MAX_VALUE;
            for (int k = 0; k < cues.size(); k++) {
                RoleSpan c = cues.get(k);
                int d = s.to() <= c.from() ? c.from() - s.to() : s.from() - c.to();
                if (d < bestDistance) {
                    best = k;
                    bestDistance = d;
                }
            }
            (s.role().equals(SOURCE) ? sources : contents).get(best).add(s);
        }
        List<TaggedFrame> frames = new ArrayList<>();
        for (int k = 0; k < cues.size(); k++) {
            if (contents.get(k).isEmpty()) {
                continue;
            }
            RoleSpan c = cues.get(k);
            TextSpan cue = new TextSpan(
                    tokens.get(c.from()).start(), tokens.get(c.to() - 1).end());
            Optional<TextSpan> source = sources.get(k).stream()
                    .min((a, b) -> Integer.compare(distance(a, c), distance(b, c)))
                    .map(s -> new TextSpan(
                            tokens.get(s.from()).start(), tokens.get(s.to() - 1).end()));
            List<TextSpan> parts = contents.get(k).stream()
                    .map(s -> new TextSpan(
                            tokens.get(s.from()).start(), tokens.get(s.to() - 1).end()))
                    .toList();
            double sure = 1;
            for (int i = c.from(); i < c.to(); i++) {
                sure = Math.min(sure, confidence[i]);
            }
            frames.add(new TaggedFrame(cue, source, parts, sure));
        }
        return frames;
    }

    private static int distance(RoleSpan s, RoleSpan c) {
        return s.to() <= c.from() ? c.from() - s.to() : s.from() - c.to();
    }
}
