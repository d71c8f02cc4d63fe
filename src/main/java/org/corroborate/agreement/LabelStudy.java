package org.corroborate.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A coding study over span positions: one unit per position that at least one rater marked, holding each
 * rater's label there or null where the rater marked nothing (a missing value). Positions match only when
 * layer, start and end are all equal.
 */
public record LabelStudy(List<String> raters, List<Unit> units) {

    /** One position and the label each rater gave it (index = rater), null for none. */
    public record Unit(SpanPosition position, List<@Nullable String> labels) {

        public long present() {
            return labels.stream().filter(l -> l != null).count();
        }

        public boolean complete() {
            return labels.stream().allMatch(l -> l != null);
        }

        /** All raters marked it, and with the same label. */
        public boolean unanimous() {
            return complete() && labels.stream().distinct().count() == 1;
        }
    }

    public LabelStudy {
        raters = List.copyOf(raters);
        units = List.copyOf(units);
    }

    /**
     * Units from spans; spans of raters not in {@code raters} are ignored. When one rater has several spans at
     * one position (it happens only by mistake) the label that sorts first counts.
     */
    public static LabelStudy of(List<String> raters, Collection<AgreementSpan> spans) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < raters.size(); i++) {
            index.put(raters.get(i), i);
        }
        TreeMap<SpanPosition, String[]> byPosition = new TreeMap<>();
        for (AgreementSpan span : spans) {
            Integer rater = index.get(span.annotator());
            if (rater == null) {
                continue;
            }
            String[] labels = byPosition.computeIfAbsent(span.position(), p -> new String[raters.size()]);
            String current = labels[rater];
            if (current == null || span.label().compareTo(current) < 0) {
                labels[rater] = span.label();
            }
        }
        List<Unit> units = new ArrayList<>(byPosition.size());
        byPosition.forEach((position, labels) -> units.add(new Unit(position, Arrays.asList(labels))));
        return new LabelStudy(raters, units);
    }

    public LabelStudy filter(Predicate<Unit> keep) {
        return new LabelStudy(raters, units.stream().filter(keep).toList());
    }

    /** The same units seen by two of the raters only; units neither marked are dropped. */
    public LabelStudy pair(int a, int b) {
        List<Unit> kept = new ArrayList<>();
        for (Unit unit : units) {
            String la = unit.labels().get(a);
            String lb = unit.labels().get(b);
            if (la != null || lb != null) {
                kept.add(new Unit(unit.position(), Arrays.asList(la, lb)));
            }
        }
        return new LabelStudy(List.of(raters.get(a), raters.get(b)), kept);
    }

    public List<Unit> completeUnits() {
        return units.stream().filter(Unit::complete).toList();
    }
}
