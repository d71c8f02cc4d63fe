package org.corroborate.agreement;

import java.util.List;
import java.util.Map;

/** An agreement report with the articles' titles, for the agreement page. */
public record AgreementReport(SpanAgreement.Report report, Map<Long, String> articleTitles,
        List<String> availableAnnotators) {
}
