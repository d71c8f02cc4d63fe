package org.corroborate.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * Krippendorff's alpha with the nominal distance, for any number of raters and with missing values: a position
 * only some raters marked still counts among the others (positions marked by one rater alone carry no pair and
 * drop out, as the coefficient prescribes).
 */
public final class KrippendorffAlpha implements AgreementMeasure {

    @Override
    public String name() {
        return "Krippendorff's α";
    }

    @Override
    public boolean pairwise() {
        return false;
    }

    @Override
    public Score measure(LabelStudy study) {
        List<LabelStudy.Unit> units = pairable(study);
        return CodingStudies.score(units.size(), () -> alpha(study, units).calculateAgreement());
    }

    /** Alpha of each label against all others (DKPro's category-specific alpha), from one study. */
    public Map<String, Score> measureLabels(LabelStudy study, Collection<String> labels) {
        List<LabelStudy.Unit> units = pairable(study);
        Map<String, Score> scores = new HashMap<>();
        Set<String> used = new HashSet<>();
        units.forEach(
                u -> used.addAll(u.labels().stream().filter(l -> l != null).toList()));
        KrippendorffAlphaAgreement alpha = units.isEmpty() ? null : alpha(study, units);
        for (String label : labels) {
            scores.put(
                    label,
                    alpha == null || !used.contains(label)
                            ? Score.undefined(0, "no pairable units with this label")
                            : CodingStudies.score(units.size(), () -> alpha.calculateCategoryAgreement(label)));
        }
        return scores;
    }

    private static KrippendorffAlphaAgreement alpha(LabelStudy study, List<LabelStudy.Unit> units) {
        return new KrippendorffAlphaAgreement(
                CodingStudies.of(study.raters().size(), units), new NominalDistanceFunction());
    }

    private static List<LabelStudy.Unit> pairable(LabelStudy study) {
        return study.units().stream().filter(u -> u.present() >= 2).toList();
    }
}
