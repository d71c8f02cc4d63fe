package org.corroborate.agreement;

import java.util.List;
import java.util.function.DoubleSupplier;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.jspecify.annotations.Nullable;

/** Turns {@link LabelStudy} units into DKPro coding studies, and DKPro's answers into {@link Score}s. */
final class CodingStudies {

    private CodingStudies() {}

    static CodingAnnotationStudy of(int raters, List<LabelStudy.Unit> units) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(raters);
        for (LabelStudy.Unit unit : units) {
            study.addItemAsArray(unit.labels().toArray(new Object[0]));
        }
        return study;
    }

    /** Runs a DKPro calculation; its "insufficient data" and NaN answers become an undefined score. */
    static Score score(int units, DoubleSupplier calculation) {
        if (units == 0) {
            return Score.undefined(0, "no units");
        }
        try {
            return Score.of(calculation.getAsDouble(), units);
        } catch (InsufficientDataException | ArithmeticException e) {
            return Score.undefined(units, reason(e.getMessage()));
        }
    }

    private static String reason(@Nullable String message) {
        return message == null || message.isBlank() ? "not defined for these data" : message;
    }
}
