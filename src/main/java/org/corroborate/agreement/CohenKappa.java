package org.corroborate.agreement;

import java.util.List;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;

/** Cohen's kappa (1960) for two raters, on the positions both of them labelled. */
public final class CohenKappa implements AgreementMeasure {

    @Override
    public String name() {
        return "Cohen's κ";
    }

    @Override
    public boolean pairwise() {
        return true;
    }

    @Override
    public Score measure(LabelStudy study) {
        if (study.raters().size() != 2) {
            throw new IllegalArgumentException("Cohen's kappa compares exactly two raters.");
        }
        List<LabelStudy.Unit> units = study.completeUnits();
        return CodingStudies.score(
                units.size(), () -> new CohenKappaAgreement(CodingStudies.of(2, units)).calculateAgreement());
    }
}
