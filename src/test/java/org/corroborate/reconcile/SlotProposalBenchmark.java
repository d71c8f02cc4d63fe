package org.corroborate.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corroborate.figure.FigureNormaliser;

/**
 * Slot proposal for a story of 50 articles with 50 figures each (goal: under 1 s): reading the figures with
 * their context ({@link FigureCandidates}, OpenNLP sentences included) and clustering them
 * ({@link SlotProposer}), on one thread, best and median of several runs after warm-up. The articles are
 * generated (seeded): 60 facts of a story, each with words of its own, reported by articles in sentences of
 * shared filler, with values that sometimes disagree. Run: see BENCHMARKS.md.
 */
public final class SlotProposalBenchmark {

    private static final String[] UNITS = {"people", "percent", "kilometers", "million dollars", "days", "soldiers"};
    private static final String[] FILLER = ("the officials in the capital said on state television while critics "
                    + "across the region questioned the figures and markets waited for more news from the talks")
            .split(" ");

    private SlotProposalBenchmark() {}

    record Article(String text, List<FigureCandidates.FigureSpan> spans) {}

    static List<Article> story(int articles, int figures, long seed) {
        Random random = new Random(seed);
        int facts = 60;
        String[][] factWords = new String[facts][];
        for (int f = 0; f < facts; f++) {
            factWords[f] = new String[] {word(random), word(random), word(random)};
        }
        List<Article> story = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            StringBuilder text =
                    new StringBuilder("Generated report ").append(a).append("\n");
            List<FigureCandidates.FigureSpan> spans = new ArrayList<>();
            for (int i = 0; i < figures; i++) {
                int fact = random.nextInt(facts);
                String[] w = factWords[fact];
                text.append("The ").append(w[0]).append(' ').append(w[1]).append(" reached ");
                int value = 100 + fact * 37 + (random.nextInt(10) == 0 ? 500 : random.nextInt(3));
                String figure = (random.nextBoolean() ? "about " : "") + value + " " + UNITS[fact % UNITS.length];
                spans.add(new FigureCandidates.FigureSpan(
                        a + ":" + i, text.length(), text.length() + figure.length(), ""));
                text.append(figure).append(" near ").append(w[2]);
                for (int k = 0; k < 6; k++) {
                    text.append(' ').append(FILLER[random.nextInt(FILLER.length)]);
                }
                text.append(". ");
                if (i % 5 == 4) {
                    text.append('\n');
                }
            }
            story.add(new Article(text.toString(), spans));
        }
        return story;
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int length = 5 + random.nextInt(4);
        for (int i = 0; i < length; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Article> story = story(50, 50, 7);
        LocalDate published = LocalDate.of(2025, 8, 19);
        List<Long> times = new ArrayList<>();
        List<Long> readTimes = new ArrayList<>();
        int slots = 0;
        int candidates = 0;
        for (int run = -2; run < runs; run++) {
            long t0 = System.nanoTime();
            FigureCandidates reader =
                    new FigureCandidates(FigureNormaliser.withApproximateWidth(new BigDecimal("0.10")));
            List<SlotCandidate> all = new ArrayList<>();
            for (int a = 0; a < story.size(); a++) {
                all.addAll(reader.of(
                        a, story.get(a).text(), published, story.get(a).spans()));
            }
            long read = System.nanoTime();
            List<SlotProposer.ProposedSlot> proposed = new SlotProposer().propose(all);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            readTimes.add((read - t0) / 1_000_000);
            if (run >= 0) {
                times.add(ms);
            }
            slots = proposed.size();
            candidates = all.size();
        }
        times.sort(Long::compare);
        readTimes.sort(Long::compare);
        System.out.println("reading figures and contexts: median " + readTimes.get(readTimes.size() / 2) + " ms");
        System.out.printf(
                "SLOT PROPOSAL BENCHMARK: 50 articles x 50 figures (%d read), %d slots; best %d ms, median %d ms,"
                        + " worst %d ms over %d runs%n",
                candidates,
                slots,
                times.get(0),
                times.get(times.size() / 2),
                times.get(times.size() - 1),
                times.size());
    }
}
