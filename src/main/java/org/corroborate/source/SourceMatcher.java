package org.corroborate.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Proposes the canonical source a mention stands for: "French President Emmanuel Macron", "Macron" and
 * "Mr. Macron's" all find Emmanuel Macron. Matches, in this order, the mention as written, the mention
 * without leading titles, then (for people) a lone surname; at each step two different candidates mean
 * no proposal at all: the matcher never guesses. Plain Java.
 */
public final class SourceMatcher {

    /** A registry entry as the matcher sees it. */
    public record Candidate(long id, String name, List<String> aliases, boolean person) {

        public Candidate {
            aliases = List.copyOf(aliases);
        }
    }

    /** Honorifics and the article: "Mr. Macron" and "the Kremlin" are "Macron" and "Kremlin". */
    private static final Set<String> IGNORED_WORDS =
            Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "the");

    /** Titles that may precede a name; the longest phrases are tried first. */
    private static final List<List<String>> TITLES = phrases(
            "president",
            "vice president",
            "prime minister",
            "deputy prime minister",
            "secretary of state",
            "secretary general",
            "secretary-general",
            "secretary",
            "defense secretary",
            "defence secretary",
            "foreign secretary",
            "home secretary",
            "foreign minister",
            "defense minister",
            "defence minister",
            "minister",
            "chancellor",
            "senator",
            "sen",
            "representative",
            "rep",
            "congressman",
            "congresswoman",
            "governor",
            "gov",
            "mayor",
            "ambassador",
            "envoy",
            "special envoy",
            "general",
            "gen",
            "admiral",
            "adm",
            "colonel",
            "col",
            "commander",
            "chief",
            "chief of staff",
            "leader",
            "opposition leader",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "chairman",
            "chairwoman",
            "chair",
            "ceo",
            "chief executive",
            "director",
            "king",
            "queen",
            "prince",
            "princess",
            "pope",
            "premier",
            "speaker",
            "judge",
            "justice",
            "attorney general",
            "adviser",
            "advisor",
            "national security adviser");

    private SourceMatcher() {}

    /** The one candidate the mention stands for; empty when none or more than one fits. */
    public static Optional<Long> match(String mention, List<Candidate> candidates) {
        List<String> written = tokens(mention);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        List<String> untitled = withoutTitles(written);
        List<Function<Candidate, Boolean>> steps = List.of(
                c -> names(c).stream().anyMatch(n -> tokens(n).equals(written)),
                c -> names(c).stream().anyMatch(n -> withoutTitles(tokens(n)).equals(untitled)),
                c -> untitled.size() == 1
                        && c.person()
                        && names(c).stream()
                                .map(SourceMatcher::tokens)
                                .anyMatch(n -> n.size() > 1 && n.getLast().equals(untitled.getFirst())));
        for (Function<Candidate, Boolean> step : steps) {
            Set<Long> found = new HashSet<>();
            for (Candidate c : candidates) {
                if (step.apply(c)) {
                    found.add(c.id());
                }
            }
            if (found.size() == 1) {
                return Optional.of(found.iterator().next());
            }
            if (found.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Lower-case words without accents, dots, possessive endings and honorifics:
     * "Mr. Macron’s" → [macron], "U.S. Secretary" → [us, secretary].
     */
    static List<String> tokens(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('’', '\'')
                .replace('‘', '\'')
                .toLowerCase(Locale.ROOT)
                .replace(".", "");
        List<String> words = new ArrayList<>();
        for (String raw : plain.split("[\\s,;:!?\"()\\[\\]«»“”]+")) {
            String word = raw.replaceAll("^'+", "").replaceAll("'s$", "").replaceAll("'+$", "");
            if (!word.isEmpty() && !IGNORED_WORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words after the last title, when a name remains: [french, president, emmanuel, macron] → [emmanuel, macron]. */
    static List<String> withoutTitles(List<String> words) {
        int nameStart = 0;
        for (int i = 0; i < words.size(); i++) {
            for (List<String> title : TITLES) {
                int end = i + title.size();
                if (end < words.size() && words.subList(i, end).equals(title)) {
                    nameStart = Math.max(nameStart, end);
                }
            }
        }
        return List.copyOf(words.subList(nameStart, words.size()));
    }

    private static List<String> names(Candidate c) {
        List<String> names = new ArrayList<>(c.aliases());
        names.addFirst(c.name());
        return names;
    }

    private static List<List<String>> phrases(String... phrases) {
        return Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList();
    }
}
