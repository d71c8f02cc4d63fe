package org.corroborate.story;

import org.corroborate.article.ArticlesImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once an import has committed, its new articles get suggested stories and near-duplicate flags. A failure is
 * logged and leaves the import as it is; "Suggest stories" on the stories page can run it again.
 */
@Component
class StorySuggestionOnImport {

    private static final Logger log = LoggerFactory.getLogger(StorySuggestionOnImport.class);

    private final StorySuggester suggester;

    StorySuggestionOnImport(StorySuggester suggester) {
        this.suggester = suggester;
    }

    @TransactionalEventListener
    void suggest(ArticlesImported imported) {
        try {
            SuggestionReport report = suggester.afterImport(imported.projectId(), imported.articleIds());
            log.debug("Stories for the import into project {}: {}", imported.projectId(), report.summary());
        } catch (RuntimeException e) {
            log.warn("Could not suggest stories for the import into project {}", imported.projectId(), e);
        }
    }
}
