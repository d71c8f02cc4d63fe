package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.corroborate.exercise.ExerciseScorer;
import org.corroborate.exercise.ExerciseSpan;
import org.corroborate.exercise.ExerciseVerdict;
import org.corroborate.exercise.GoldItemResult;
import org.corroborate.exercise.LayerScore;
import org.corroborate.exercise.ScoreReport;
import org.corroborate.exercise.ScoringRules;
import org.corroborate.exercise.Tally;
import org.corroborate.exercise.VerdictResult;
import org.corroborate.exercise.VerdictScore;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code score --gold GOLD.jsonl --submission SUB.jsonl [--overlap 0.5] [--partial-credit 0.5] [--penalty 0]}:
 * scores one submission against a gold key with the web app's scorer, without Spring and without a database,
 * and prints one JSON object. Input: one span a line, {@code {"doc", "start", "end", "layer", "label"}} with
 * code-point offsets; a reconciliation verdict is {@code {"doc", "slot", "layer": "reconciliation", "label"}}.
 * Every line of both files is checked first: any bad line refuses the run, naming file and line.
 */
final class ScoreCommand {

    static final String NAME = "score";
    static final String RECONCILIATION = "reconciliation";

    private final PrintStream out;
    private final PrintStream err;
    private final JsonMapper json = JsonMapper.shared();

    ScoreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A file's spans and slot verdicts. */
    record Key(List<ExerciseSpan> spans, List<ExerciseVerdict> verdicts) {}

    int run(String[] args) {
        ScoringRules rules;
        String goldFile;
        String submissionFile;
        try {
            Arguments arguments = new Arguments(args);
            goldFile = arguments.requiredOption("--gold");
            submissionFile = arguments.requiredOption("--submission");
            double overlap = number(arguments, "--overlap", ScoringRules.DEFAULT_OVERLAP);
            double partial = number(arguments, "--partial-credit", ScoringRules.DEFAULT_PARTIAL_CREDIT);
            double penalty = number(arguments, "--penalty", ScoringRules.DEFAULT_PENALTY);
            arguments.requireNoOtherOptions();
            if (!arguments.positionals().isEmpty()) {
                throw new UsageException("score takes no FILE; name the files with --gold and --submission");
            }
            try {
                rules = new ScoringRules(overlap, partial, penalty);
            } catch (IllegalArgumentException e) {
                throw new UsageException(String.valueOf(e.getMessage()));
            }
        } catch (UsageException e) {
            err.println("corroborate: " + e.getMessage());
            err.println("Run with --help for usage.");
            return ExitCode.USAGE_ERROR;
        }
        List<String> problems = new ArrayList<>();
        Key gold = read(goldFile, problems);
        Key submission = read(submissionFile, problems);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("corroborate: " + p));
            err.println("corroborate: nothing was scored");
            return ExitCode.REFUSED;
        }
        ScoreReport report = new ExerciseScorer(rules)
                .score(gold.spans(), submission.spans(), gold.verdicts(), submission.verdicts());
        out.println(json.writeValueAsString(toJson(report)));
        out.flush();
        return ExitCode.OK;
    }

    private static double number(Arguments arguments, String option, double fallback) {
        String value = arguments.option(option).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number such as 0.5, not '" + value + "'");
        }
    }

    /** Reads a JSON Lines file; each bad line adds a problem naming the file and line (at most 20 per file). */
    Key read(String name, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add(name + ": no such file");
            return new Key(List.of(), List.of());
        } catch (CharacterCodingException e) {
            problems.add(name + ": is not UTF-8 text");
            return new Key(List.of(), List.of());
        } catch (IOException e) {
            problems.add(name + ": cannot be read (" + e.getMessage() + ")");
            return new Key(List.of(), List.of());
        }
        List<ExerciseSpan> spans = new ArrayList<>();
        List<ExerciseVerdict> verdicts = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line =
                    i == 0 && lines.get(i).startsWith("\ufeff") ? lines.get(i).substring(1) : lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = json.readTree(line);
                if (!node.isObject()) {
                    throw new BadLine("is not a JSON object");
                }
                String layer = text(node, "layer");
                if (layer.equalsIgnoreCase(RECONCILIATION)) {
                    verdicts.add(new ExerciseVerdict(text(node, "doc"), text(node, "slot"), text(node, "label")));
                } else {
                    spans.add(span(node, layer));
                }
            } catch (JacksonException e) {
                bad++;
                problems.add(name + ": line " + (i + 1) + ": is not valid JSON (" + e.getOriginalMessage() + ")");
            } catch (BadLine e) {
                bad++;
                problems.add(name + ": line " + (i + 1) + ": " + e.getMessage());
            }
            if (bad == 20) {
                problems.add(name + ": stopped after 20 bad lines");
                break;
            }
        }
        return new Key(spans, verdicts);
    }

    private static ExerciseSpan span(JsonNode node, String layerCode) {
        Layer layer;
        try {
            layer = Layer.fromCode(layerCode);
        } catch (IllegalArgumentException e) {
            throw new BadLine("\"layer\" is '" + layerCode + "', not one of source, attribution, claim, figure, "
                    + RECONCILIATION);
        }
        int start = offset(node, "start");
        int end = offset(node, "end");
        if (end <= start) {
            throw new BadLine("\"end\" (" + end + ") must be after \"start\" (" + start + ")");
        }
        return new ExerciseSpan(text(node, "doc"), layer, start, end, text(node, "label"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadLine("\"" + field + "\" is missing");
        }
        if (!value.isString() && !value.isIntegralNumber()) {
            throw new BadLine("\"" + field + "\" must be a string");
        }
        return value.asString();
    }

    private static int offset(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadLine("\"" + field + "\" is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new BadLine("\"" + field + "\" must be a whole number of code points from 0, not " + value);
        }
        return value.asInt();
    }

    static Map<String, Object> toJson(ScoreReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("overlap", report.rules().overlap());
        rules.put("partial_credit", report.rules().partialCredit());
        rules.put("penalty", report.rules().penalty());
        root.put("rules", rules);
        Map<String, Object> layers = new LinkedHashMap<>();
        for (LayerScore layer : report.layers().values()) {
            Map<String, Object> l = tally(layer.tally());
            if (!layer.parts().isEmpty()) {
                Map<String, Object> parts = new LinkedHashMap<>();
                layer.parts().forEach((part, tally) -> parts.put(part, tally(tally)));
                l.put("parts", parts);
            }
            List<Object> items = new ArrayList<>();
            for (GoldItemResult item : layer.items()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("doc", item.gold().doc());
                i.put("start", item.gold().start());
                i.put("end", item.gold().end());
                i.put("label", item.gold().label());
                i.put("found", item.found());
                i.put("label_right", item.labelRight());
                i.put("matched", item.matched() == null ? null : span(item.matched(), item.overlap()));
                i.put("points", item.points());
                items.add(i);
            }
            l.put("items", items);
            l.put(
                    "spurious_spans",
                    layer.spurious().stream().map(s -> span(s, null)).toList());
            layers.put(layer.layer().code(), l);
        }
        root.put("layers", layers);
        VerdictScore verdicts = report.reconciliation();
        if (verdicts != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("slots", verdicts.slots());
            r.put("right", verdicts.right());
            r.put("wrong", verdicts.wrong());
            r.put("unanswered", verdicts.unanswered());
            r.put("score", value(verdicts.score()));
            List<Object> items = new ArrayList<>();
            for (VerdictResult v : verdicts.items()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("doc", v.gold().doc());
                i.put("slot", v.gold().slot());
                i.put("verdict", v.gold().verdict());
                i.put("given", v.given());
                i.put("right", v.right());
                items.add(i);
            }
            r.put("items", items);
            root.put(RECONCILIATION, r);
        }
        root.put("total", tally(report.total()));
        return root;
    }

    private static Map<String, Object> span(ExerciseSpan span, @Nullable Double overlap) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("doc", span.doc());
        s.put("start", span.start());
        s.put("end", span.end());
        s.put("label", span.label());
        if (overlap != null) {
            s.put("overlap", overlap);
        }
        return s;
    }

    private static Map<String, Object> tally(Tally t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", t.gold());
        m.put("submitted", t.submitted());
        m.put("matched", t.matched());
        m.put("right_label", t.rightLabel());
        m.put("wrong_label", t.wrongLabel());
        m.put("spurious", t.spurious());
        m.put("missed", t.missed());
        m.put("points", t.points());
        m.put("score", value(t.score()));
        m.put("precision", value(t.precision()));
        m.put("recall", value(t.recall()));
        m.put("f1", value(t.f1()));
        return m;
    }

    private static @Nullable Double value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** A line that is JSON but not a span. */
    private static final class BadLine extends RuntimeException {
        BadLine(String message) {
            super(message);
        }
    }
}
