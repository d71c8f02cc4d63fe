package org.corroborate.exercise;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * An exercise's instructions, written in Markdown, as HTML that is safe to show: raw HTML in the Markdown is
 * escaped (shown as text), links with unsafe schemes ({@code javascript:}) are dropped, and the result is cleaned
 * once more to a small list of elements. Plain Java.
 */
public final class Instructions {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr")
            .addAttributes("a", "rel")
            .removeProtocols("a", "href", "ftp", "mailto");

    private Instructions() {}

    /** The Markdown as HTML inside one {@code <div>}. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        String clean = Jsoup.clean(html, SAFE);
        return "<div class=\"exercise-instructions\">" + clean + "</div>";
    }
}
