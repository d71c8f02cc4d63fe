package org.corroborate.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proposed slot's title: what its figures measure, in the words around them ("When: meeting Putin in Alaska").
 * See {@link #title}.
 */
final class SlotTitles {

    private SlotTitles() {}

    /**
     * What the slot measures, in the words around its figures, after a question for the kind of quantity: "When:
     * meeting Putin in Alaska", "How much (USD): offered to purchase approximately $90 billion worth of U.S.
     * weapons". The figure itself shows only where all members give it in the same words.
     * Each member's words next to its figure are cut to the stretch between the outermost words that other
     * articles of the slot share (a rare word counts more; a word naming the same measured thing as theirs counts
     * half), and the member whose stretch shares the most gives the title. The heaviest shared words stand in
     * where no stretch shares any.
     *
     * @param stems each figure's content words next to it and of what it measures, in the order of {@code figures}
     * @param concepts the measured things those words name, in the same order
     */
    static String title(
            List<SlotCandidate> figures,
            List<Set<String>> stems,
            List<Set<String>> concepts,
            List<Integer> members,
            List<Map<String, Double>> vectors,
            Map<String, Double> rarity) {
        boolean sameWords = figures.stream()
                        .map(c -> c.quote().toLowerCase(Locale.ROOT))
                        .distinct()
                        .count()
                == 1;
        String best = "";
        double bestScore = 0;
        for (SlotCandidate c : figures) {
            List<String> tokens = nearTokens(c.near());
            int gap = tokens.indexOf(FigureCandidates.GAP);
            if (gap < 0) {
                continue;
            }
            double[] shared = new double[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                shared[i] = i == gap ? 0 : shared(tokens.get(i), c.articleId(), figures, stems, concepts, rarity);
            }
            int left = gap;
            int right = gap;
            double score = 0;
            for (int i = 0; i < tokens.size(); i++) {
                if (shared[i] > 0) {
                    left = Math.min(left, i);
                    right = Math.max(right, i);
                    score += shared[i];
                }
            }
            score -= TITLE_WORD_COST * (right - left);
            if (score > bestScore + 1e-9) {
                bestScore = score;
                List<String> phrase = new ArrayList<>(tokens.subList(left, right + 1));
                if (right == tokens.size() - 1 && right > gap) {
                    phrase.addAll(phraseEnd(c, tokens.size() - 1 - gap));
                }
                if (sameWords) {
                    phrase.set(gap - left, c.quote());
                } else if (left == gap || right == gap) {
                    phrase.remove(gap - left); // the figures differ: the title names what they measure, not a value
                }
                best = String.join(" ", phrase)
                        .replace(" ’s", "’s")
                        .replace(" 's", "'s")
                        .replaceFirst("^[’']s ", "");
            }
        }
        String question = question(figures.get(0).interval());
        if (!best.isEmpty()) {
            return question + ": " + best;
        }
        String words = keywords(figures, members, vectors);
        return words.isEmpty() ? question : question + ": " + words;
    }

    /**
     * Where the words next to a figure were cut by their number, not by a clause mark ("the pair clashed in a
     * heated"), the sentence's words after them up to its next content word ("exchange"), at most three, so a title
     * does not stop inside a phrase.
     */
    private static List<String> phraseEnd(SlotCandidate c, int wordsAfter) {
        int at = c.sentence().indexOf(c.quote());
        if (at < 0) {
            return List.of();
        }
        Matcher m = TITLE_TOKEN
                .matcher(c.sentence())
                .region(at + c.quote().length(), c.sentence().length());
        int seen = 0;
        List<String> more = new ArrayList<>();
        while (m.find()) {
            String t = m.group();
            if (seen < wordsAfter) {
                if (!CLAUSE.matcher(t).matches()) {
                    seen++;
                }
                continue;
            }
            if (CLAUSE.matcher(t).matches() || more.size() == 3) {
                return List.of();
            }
            more.add(t.endsWith(".") && t.indexOf('.') == t.length() - 1 ? t.substring(0, t.length() - 1) : t);
            if (!SlotProposer.words(t).isEmpty()) {
                return more;
            }
        }
        return List.of();
    }

    private static final Pattern TITLE_TOKEN = Pattern.compile("[\\p{L}\\p{N}'’.-]+|[,;:()—–]");
    private static final Pattern CLAUSE = Pattern.compile("[,;:()—–]");

    /** A word of the stretch costs this much of the shared weight, so a title stops at the last shared word. */
    private static final double TITLE_WORD_COST = 0.05;

    /** How much the other articles of the slot share this word next to their figures. */
    private static double shared(
            String token,
            long articleId,
            List<SlotCandidate> figures,
            List<Set<String>> stems,
            List<Set<String>> concepts,
            Map<String, Double> rarity) {
        List<String> word = SlotProposer.words(token);
        if (word.size() != 1) {
            return 0;
        }
        String stem = word.get(0);
        String concept = MeasureConcepts.conceptOf(stem);
        Map<Long, Double> byArticle = new HashMap<>();
        for (int k = 0; k < figures.size(); k++) {
            SlotCandidate other = figures.get(k);
            if (other.articleId() == articleId) {
                continue;
            }
            double match = stems.get(k).contains(stem)
                    ? 1.0
                    : concept != null && concepts.get(k).contains(concept) ? 0.5 : 0.0;
            byArticle.merge(other.articleId(), match, Math::max);
        }
        double sum =
                byArticle.values().stream().mapToDouble(Double::doubleValue).sum();
        return sum * rarity.getOrDefault(stem, 0.0);
    }

    /** The words next to a figure as written, the figure's place as {@link FigureCandidates#GAP}. */
    private static List<String> nearTokens(String near) {
        List<String> tokens = new ArrayList<>();
        for (String t : near.split("\\s+")) {
            String token = t.endsWith(".") && !t.equals(FigureCandidates.GAP) && t.indexOf('.') == t.length() - 1
                    ? t.substring(0, t.length() - 1)
                    : t;
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /** The question a slot of this kind of quantity answers. */
    private static String question(FigureInterval interval) {
        return switch (interval.dimension()) {
            case "date" -> "When";
            case "count" -> "How many";
            case "money" -> "How much (" + interval.scale() + ")";
            case "percent" -> "What share";
            case "duration" -> "How long";
            case "length" -> "How far";
            default ->
                Character.toUpperCase(interval.dimension().charAt(0))
                        + interval.dimension().substring(1);
        };
    }

    /** How rare each word next to a figure is among all the story's figures: log(1 + figures / figures with it). */
    static Map<String, Double> rarity(List<Set<String>> nearWords) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Set<String> own : nearWords) {
            own.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        Map<String, Double> rarity = new HashMap<>();
        documentFrequency.forEach((w, df) -> rarity.put(w, Math.log(1.0 + (double) nearWords.size() / df)));
        return rarity;
    }

    /** The heaviest words the members share: "weapons, purchase". */
    private static String keywords(
            List<SlotCandidate> figures, List<Integer> members, List<Map<String, Double>> vectors) {
        Map<String, Double> weight = new HashMap<>();
        Map<String, Integer> present = new HashMap<>();
        for (int m : members) {
            vectors.get(m).forEach((word, w) -> {
                weight.merge(word, w, Double::sum);
                present.merge(word, 1, Integer::sum);
            });
        }
        List<String> words = weight.keySet().stream()
                .filter(w -> present.getOrDefault(w, 0) >= 2 && !w.contains("#"))
                .sorted(Comparator.comparingDouble((String w) -> -weight.getOrDefault(w, 0.0))
                        .thenComparing(w -> w))
                .map(w -> w.substring(2))
                .distinct()
                .limit(3)
                .map(stem -> surface(figures, stem))
                .toList();
        return String.join(", ", words);
    }

    /** The word as written in the members' context whose stem this is ("disastrous" for "disastrou"). */
    private static String surface(List<SlotCandidate> figures, String stem) {
        for (SlotCandidate c : figures) {
            Matcher m = SlotProposer.WORD.matcher((c.near() + " " + c.sentence()).toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = m.group().replace('’', '\'');
                if (w.endsWith("'s")) {
                    w = w.substring(0, w.length() - 2);
                }
                if (SlotProposer.stem(w).equals(stem)) {
                    return w;
                }
            }
        }
        return stem;
    }
}
