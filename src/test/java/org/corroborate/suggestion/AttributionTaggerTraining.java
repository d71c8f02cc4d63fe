package org.corroborate.suggestion;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the attribution tagger ({@link AttributionTagger}) on the tune part of PolNeAR's train split: the
 * articles at {@code i % 5 != 4} over the sorted names (the held-back fifth, {@code i % 5 == 4}, is never read).
 * Writes the model and the cue-word lexicon (word, share as cue in tenths) into the given resource folder.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.corroborate.suggestion.AttributionTaggerTraining /work/shared/corpora/polnear-train \
 *     src/main/resources/org/corroborate/suggestion [ALGORITHM [ITERATIONS [CUTOFF]]]
 * </pre>
 *
 * ALGORITHM is MAXENT (default, with 100 iterations and cutoff 8: the shipped model) or PERCEPTRON; a sixth
 * argument {@code dev} also leaves out {@code i % 5 == 3} (the tune part's development fifth, on which
 * {@code benchmarks/attributions/score_split.sh} reports as "dev"). Gold: the first {@code .ann} file by name per
 * article, as the scorer reads it; offsets are code points and are turned into string indices here.
 */
public final class AttributionTaggerTraining {

    private AttributionTaggerTraining() {}

    /** One training article: its text and, per UTF-16 index, the role there and the index of its part. */
    record Gold(String text, String[] role, int[] part) {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String algorithm = args.length > 2 ? args[2] : "MAXENT";
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int cutoff = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        // "dev": leave out the tune part's own development fifth (i % 5 == 3) as well, to measure on it
        boolean dev = args.length > 5 && args[5].equals("dev");
        List<String> names;
        try (Stream<Path> files = Files.list(corpus.resolve("text"))) {
            names = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".txt"))
                    .map(f -> f.substring(0, f.length() - 4))
                    .sorted()
                    .toList();
        }
        List<Gold> tune = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (i % 5 != 4 && !(dev && i % 5 == 3)) {
                gold(corpus, names.get(i)).ifPresent(tune::add);
            }
        }
        System.err.println("tune articles: " + tune.size());
        // the lexicon: how often each word is a cue
        Map<String, int[]> counts = new HashMap<>();
        for (Gold g : tune) {
            for (TextSpan t : AttributionTagger.tokens(g.text(), 0, g.text().length())) {
                int[] c = counts.computeIfAbsent(
                        g.text().substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT), k -> new int[2]);
                c[0]++;
                if ("cue".equals(g.role()[t.start()])) {
                    c[1]++;
                }
            }
        }
        Map<String, Integer> lexicon = new TreeMap<>();
        counts.forEach((w, c) -> {
            int tenths = (int) Math.round(10.0 * c[1] / c[0]);
            if (c[1] >= 2 && tenths >= 1) {
                lexicon.put(w, tenths);
            }
        });
        Files.createDirectories(out);
        try (PrintWriter w = new PrintWriter(
                Files.newBufferedWriter(out.resolve("attribution-cue-words.tsv"), StandardCharsets.UTF_8))) {
            w.println("# word<TAB>share of its occurrences inside an attribution cue, in tenths; PolNeAR v1.0.0 train"
                    + " split, tune part (i % 5 != 4), words that are a cue at least twice. Made by"
                    + " AttributionTaggerTraining.");
            lexicon.forEach((word, tenths) -> w.println(word + "\t" + tenths));
        }
        AttributionTagger lexiconOnly = new AttributionTagger(new NoModel(), lexicon);
        List<Event> events = new ArrayList<>();
        for (Gold g : tune) {
            String text = g.text();
            ArticleAnalysis article = ArticleAnalysis.of(text);
            List<int[]> quotes = Quotes.find(text);
            int lineStart = 0;
            while (lineStart < text.length()) {
                int lineEnd = text.indexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                List<TextSpan> tokens = AttributionTagger.tokens(text, lineStart, lineEnd);
                if (!tokens.isEmpty()) {
                    AttributionTagger.Paragraph p = lexiconOnly.paragraph(text, tokens, quotes, article);
                    String[] tags = new String[tokens.size()];
                    for (int i = 0; i < tokens.size(); i++) {
                        int at = tokens.get(i).start();
                        String role = g.role()[at];
                        if (role == null) {
                            tags[i] = AttributionTagger.O;
                        } else {
                            boolean continues = i > 0
                                    && role.equals(g.role()[tokens.get(i - 1).start()])
                                    && g.part()[at]
                                            == g.part()[tokens.get(i - 1).start()];
                            tags[i] = (continues ? "I-" : "B-") + role;
                        }
                    }
                    for (int i = 0; i < tokens.size(); i++) {
                        events.add(new Event(tags[i], AttributionTagger.features(p, i, tags)));
                    }
                }
                lineStart = lineEnd + 1;
            }
        }
        System.err.println("events: " + events.size());
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        try (OutputStream file = Files.newOutputStream(out.resolve("attribution-tagger.bin.gz"));
                DataOutputStream data = new DataOutputStream(new GZIPOutputStream(file))) {
            new GenericModelWriter((AbstractModel) model, data).persist();
        }
        System.err.println("written to " + out);
    }

    private static java.util.Optional<Gold> gold(Path corpus, String name) throws IOException {
        Path ann;
        try (Stream<Path> files = Files.list(corpus.resolve("attributions"))) {
            ann = files.filter(f -> f.getFileName()
                            .toString()
                            .matches(java.util.regex.Pattern.quote(name) + "_[0-9a-f]{4}\\.ann"))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        }
        if (ann == null) {
            return java.util.Optional.empty();
        }
        String text = Files.readString(corpus.resolve("text").resolve(name + ".txt"));
        int[] utf16 = new int[text.codePointCount(0, text.length()) + 1];
        for (int cp = 0, i = 0; cp < utf16.length; cp++) {
            utf16[cp] = i;
            if (i < text.length()) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        String[] role = new String[text.length() + 1];
        int[] part = new int[text.length() + 1];
        int partId = 0;
        for (String line : Files.readAllLines(ann)) {
            if (!line.matches("T\\d+\t.*")) {
                continue;
            }
            String[] spec = line.split("\t")[1].split(" ", 2);
            String r = switch (spec[0]) {
                case "Cue" -> AttributionTagger.CUE;
                case "Source" -> AttributionTagger.SOURCE;
                case "Content" -> AttributionTagger.CONTENT;
                default -> null;
            };
            if (r == null) {
                continue;
            }
            for (String p : spec[1].split(";")) {
                String[] se = p.trim().split(" ");
                int s = utf16[Math.min(utf16.length - 1, Integer.parseInt(se[0]))];
                int e = utf16[Math.min(utf16.length - 1, Integer.parseInt(se[1]))];
                partId++;
                for (int i = s; i < e; i++) {
                    role[i] = r;
                    part[i] = partId;
                }
            }
        }
        return java.util.Optional.of(new Gold(text, role, part));
    }

    /** Stands in for the model while the training events are made (only the lexicon is used then). */
    private static final class NoModel implements MaxentModel {
        @Override
        public double[] eval(String[] context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            throw new UnsupportedOperationException();
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getOutcome(int i) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getIndex(String outcome) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getNumOutcomes() {
            return 0;
        }
    }
}
