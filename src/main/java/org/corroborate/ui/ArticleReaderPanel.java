package org.corroborate.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A panel another feature adds to the article reader (the analytics' sourcing profile), as a Spring bean: the reader
 * shows what each returns, so the article feature needs no feature in return.
 */
public interface ArticleReaderPanel {

    /** The panel for this article and the signed-in user; empty when they may not see it. */
    Optional<Component> panel(long projectId, long articleId);
}
