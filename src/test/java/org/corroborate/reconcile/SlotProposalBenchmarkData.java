package org.corroborate.reconcile;

import java.util.List;

/** The generated story of {@link SlotProposalBenchmark}, as article texts (headline first), for other benchmarks. */
public final class SlotProposalBenchmarkData {

    private SlotProposalBenchmarkData() {}

    public static List<String> articles(int articles, int figures, long seed) {
        return SlotProposalBenchmark.story(articles, figures, seed).stream()
                .map(SlotProposalBenchmark.Article::text)
                .toList();
    }
}
