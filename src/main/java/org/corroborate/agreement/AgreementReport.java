package org.corroborate.agreement;

import java.util.List;
import java.util.Map;

/**
 * An agreement report with the articles' titles, for the agreement page, and what it compared: the
 * {@code comparison} made, on {@code articlesCompared} articles, leaving {@code articlesLeftOut} of the chosen ones
 * out (not finished, or not had, by every compared annotator).
 */
public record AgreementReport(
        SpanAgreement.Report report,
        Map<Long, String> articleTitles,
        List<String> availableAnnotators,
        AgreementService.Comparison comparison,
        int articlesCompared,
        int articlesLeftOut) {}
