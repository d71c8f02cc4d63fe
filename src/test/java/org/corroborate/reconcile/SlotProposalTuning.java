package org.corroborate.reconcile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints how slot proposal on the seed story responds to its weights, for choosing the defaults
 * (docs/adr/0012-figure-slots-and-verdicts.md). Run: see BENCHMARKS.md ("Slot proposal").
 */
public final class SlotProposalTuning {

    private SlotProposalTuning() {}

    public static void main(String[] args) {
        SeedSlotProposalTest.propose();
        List<SlotCandidate> candidates = SeedSlotProposalTest.candidates;
        for (double conceptWeight : new double[] {1.0, 1.5, 2.0, 3.0}) {
            for (double nearShare : new double[] {0.5, 0.6, 0.7}) {
                for (double threshold : new double[] {0.15, 0.18, 0.22, 0.26, 0.30}) {
                    List<SlotProposer.ProposedSlot> slots =
                            new SlotProposer(threshold, nearShare, conceptWeight).propose(candidates);
                    System.out.printf(
                            "concept %.1f near %.1f threshold %.2f: %2d slots, sizes %s | %s%n",
                            conceptWeight,
                            nearShare,
                            threshold,
                            slots.size(),
                            slots.stream()
                                    .map(s -> String.valueOf(s.members().size()))
                                    .collect(Collectors.joining(",")),
                            checks(slots));
                }
            }
        }
    }

    private static String checks(List<SlotProposer.ProposedSlot> slots) {
        return "money "
                + ok(
                        slots,
                        s -> has(s, "approximately $90 billion") && s.members().size() == 2)
                + " casualties "
                + ok(
                        slots,
                        s -> has(s, "over a million")
                                && has(s, "more than a million")
                                && s.members().size() == 2)
                + " meeting "
                + ok(
                        slots,
                        s -> has(s, "a year ago")
                                && has(s, "February")
                                && s.members().stream().noneMatch(c -> c.quote().contains("2022")))
                + " biggest "
                + slots.stream().mapToInt(s -> s.members().size()).max().orElse(0);
    }

    private static boolean has(SlotProposer.ProposedSlot slot, String quote) {
        return slot.members().stream().anyMatch(c -> c.quote().equals(quote));
    }

    private static String ok(
            List<SlotProposer.ProposedSlot> slots, java.util.function.Predicate<SlotProposer.ProposedSlot> check) {
        return slots.stream().anyMatch(check) ? "yes" : "NO ";
    }
}
