package org.corroborate.agreement;

import java.util.List;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;

/** Fleiss' kappa (1971, Scott's multi-pi) for any number of raters, on the positions every rater labelled. */
public final class FleissKappa implements AgreementMeasure {

    @Override
    public String name() {
        return "Fleiss' κ";
    }

    @Override
    public boolean pairwise() {
        return false;
    }

    @Override
    public Score measure(LabelStudy study) {
        List<LabelStudy.Unit> units = study.completeUnits();
        return CodingStudies.score(
                units.size(),
                () -> new FleissKappaAgreement(CodingStudies.of(study.raters().size(), units)).calculateAgreement());
    }
}
