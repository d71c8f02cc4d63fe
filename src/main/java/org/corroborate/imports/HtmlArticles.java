package org.corroborate.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML pages: the main text (the {@code article} or {@code main} element, else the body) without scripts,
 * navigation, headers, footers, asides and forms, one paragraph per block; the headline from the first
 * {@code h1}, else the page title. The result is cleaned of web noise like a .txt file. Text is taken as text:
 * no markup survives.
 */
final class HtmlArticles implements ArticleFormat {

    private static final String DROP = "script, style, noscript, template, nav, header, footer, aside, form, iframe,"
            + " svg, button, figure figcaption, [role=navigation], [aria-hidden=true]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td";

    HtmlArticles() {}

    @Override
    public List<String> extensions() {
        return List.of(".html", ".htm");
    }

    @Override
    public String description() {
        return ".html";
    }

    @Override
    public List<TextFile> read(UploadedFile file, Upload upload, List<ImportProblem> problems) throws FileProblems {
        return List.of(read(file.name(), file.content()));
    }

    static TextFile read(String name, byte[] content) throws FileProblems {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException e) {
            throw new FileProblems(name, "the page cannot be read (" + e.getMessage() + ")");
        }
        String pageTitle = page.title().strip();
        page.select(DROP).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = page.body();
        }
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        String headline = h1 != null ? h1.text().strip() : pageTitle;
        List<String> paragraphs = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (block.equals(h1)
                    || !block.select(BLOCKS).stream()
                            .filter(b -> !b.equals(block))
                            .toList()
                            .isEmpty()) {
                continue; // the innermost blocks carry the text; containers would repeat it
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = root.wholeText().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text.replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n\n"));
            }
        }
        if (paragraphs.isEmpty()) {
            throw new FileProblems(name, "the page has no text");
        }
        String text = (headline.isEmpty() ? "" : headline + "\n\n") + String.join("\n\n", paragraphs) + "\n";
        return TextFile.structured(
                name, text, false, headline.isEmpty() ? null : headline, ArticleFacts.NONE, List.of(), List.of());
    }
}
