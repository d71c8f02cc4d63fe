package org.corroborate.suggestion;

import java.util.List;

/**
 * One kind of pre-annotation. Implementations are stateless and thread-safe; they read the shared analysis
 * and never change it. Suggestions use UTF-16 offsets into {@link ArticleAnalysis#text()}.
 */
public interface Detector {

    List<Suggestion> detect(ArticleAnalysis article);

    /** Stable name, stored with each suggestion so that a reviewer knows where it came from. */
    String name();
}
