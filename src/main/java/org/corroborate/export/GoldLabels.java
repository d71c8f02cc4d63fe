package org.corroborate.export;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where gold labels come from, once curation exists: the curation feature implements this as a Spring bean and
 * exports pick it up. Until then there is no bean, and an export of gold labels says so instead of faking them.
 */
public interface GoldLabels {

    /** Gold spans of these articles by article id (owner {@link ExportSpan#GOLD}); articles without gold are absent. */
    Map<Long, List<ExportSpan>> spansOfArticles(long projectId, Collection<Long> articleIds);
}
