package org.corroborate.article.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corroborate.article.ArticleDetails;
import org.corroborate.article.ArticleMetadata;
import org.corroborate.article.ArticleService;
import org.corroborate.article.ArticleValidationException;
import org.corroborate.article.NoiseSegmentView;
import org.corroborate.article.TextBlocks;
import org.corroborate.project.AccessRefusedException;
import org.corroborate.project.ProjectService;
import org.corroborate.security.NotFoundOrNotAllowedException;
import org.corroborate.ui.ArticleReaderPanel;
import org.corroborate.ui.ConcurrentEdits;
import org.corroborate.ui.InAppLink;
import org.corroborate.ui.Notifications;

/**
 * Reads one article: the cleaned text, always rendered as text (never HTML), and on request the
 * segments that cleaning set aside, each with its reason and a way to restore it.
 */
@Route("projects/:projectId/articles/:articleId")
@PermitAll
class ArticleReaderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ProjectService projects;
    private final H1 title = new H1();
    private final HorizontalLayout meta = new HorizontalLayout();
    private final HorizontalLayout tools = new HorizontalLayout();
    private final Checkbox showRemoved = new Checkbox("Show removed text");
    private final Div text = new Div();
    private final Anchor back = InAppLink.unset();
    private ArticleDetails article;
    private boolean canCurate;

    private final List<ArticleReaderPanel> panels;
    private final Div profile = new Div();

    ArticleReaderView(ArticleService articles, ProjectService projects, List<ArticleReaderPanel> panels) {
        this.articles = articles;
        this.projects = projects;
        this.panels = List.copyOf(panels);
        this.article = emptyArticle();
        title.setId("article-title");
        meta.setId("article-meta");
        meta.addClassName("article-meta");
        text.setId("article-text");
        text.addClassName("article-text");
        showRemoved.setId("show-removed");
        showRemoved.addValueChangeListener(e -> renderText());
        tools.setAlignItems(Alignment.BASELINE);
        add(back, title, meta, tools, profile, text);
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long projectId =
                event.getRouteParameters().getLong("projectId").orElseThrow(NotFoundOrNotAllowedException::new);
        long articleId =
                event.getRouteParameters().getLong("articleId").orElseThrow(NotFoundOrNotAllowedException::new);
        ArticleDetails details = articles.get(projectId, articleId);
        canCurate = projects.get(projectId).canCurate();
        show(details);
        profile.removeAll();
        panels.forEach(p -> p.panel(projectId, articleId).ifPresent(profile::add));
    }

    @Override
    public String getPageTitle() {
        return article.title() + " · Corroborate";
    }

    private void show(ArticleDetails details) {
        this.article = details;
        back.setText("← Articles");
        back.setHref("projects/" + details.projectId() + "/articles");
        title.setText(details.title());
        renderMeta();
        renderTools();
        renderText();
    }

    private void renderMeta() {
        meta.removeAll();
        ArticleMetadata m = article.metadata();
        m.outlet().ifPresent(o -> meta.add(new Span(o)));
        m.publishedDate().ifPresent(d -> meta.add(new Span("Published " + d)));
        m.author().ifPresent(a -> meta.add(new Span("By " + a)));
        // Only http(s) addresses become links; anything else would be a script vector.
        m.url().filter(ArticleMetadata::isWebAddress).ifPresent(u -> {
            Anchor link = new Anchor(u, "Original", AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            meta.add(link);
        });
        meta.add(new Span(article.wordCount() + " words"));
        meta.add(new Span("File " + article.sourceName()
                + (article.sourceCharset().equals("UTF-8") ? "" : " (decoded as " + article.sourceCharset() + ")")));
        meta.add(new Span(article.status().label()));
    }

    private void renderTools() {
        tools.removeAll();
        Button annotate = new Button(
                "Annotate",
                VaadinIcon.PENCIL.create(),
                e -> getUI().ifPresent(ui ->
                        ui.navigate("projects/" + article.projectId() + "/articles/" + article.id() + "/annotate")));
        annotate.setId("annotate");
        annotate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tools.add(annotate);
        if (canCurate) {
            Button curate = new Button(
                    "Curate",
                    VaadinIcon.SCALE.create(),
                    e -> getUI().ifPresent(ui ->
                            ui.navigate("projects/" + article.projectId() + "/articles/" + article.id() + "/curate")));
            curate.setId("curate");
            curate.setTooltipText("Compare the annotators' versions and build the gold version");
            tools.add(curate);
        }
        long removed = article.segments().stream().filter(s -> !s.restored()).count();
        showRemoved.setLabel("Show removed text (" + removed + " segment" + (removed == 1 ? "" : "s") + " set aside)");
        showRemoved.setVisible(!article.segments().isEmpty());
        tools.add(showRemoved);
        if (article.canEdit()) {
            Button edit = new Button("Edit details", VaadinIcon.EDIT.create(), e -> openMetadataDialog());
            edit.setId("edit-metadata");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            tools.add(edit);
        }
    }

    private void renderText() {
        text.removeAll();
        if (!showRemoved.getValue()) {
            addParagraphs(text, article.cleanedText(), article.textStartsWithHeadline());
            return;
        }
        // Walk the raw text: kept stretches as paragraphs, set-aside segments marked with their reason.
        String raw = article.rawText();
        List<NoiseSegmentView> segments = new ArrayList<>(article.segments());
        segments.sort(Comparator.comparingInt(NoiseSegmentView::start));
        int at = 0;
        boolean first = true;
        for (NoiseSegmentView segment : segments) {
            if (segment.start() > at) {
                addParagraphs(text, raw.substring(at, segment.start()), first && article.textStartsWithHeadline());
                first = false;
            }
            text.add(segmentBlock(segment));
            at = Math.max(at, segment.end());
        }
        if (at < raw.length()) {
            addParagraphs(text, raw.substring(at), first && article.textStartsWithHeadline());
        }
    }

    private Component segmentBlock(NoiseSegmentView segment) {
        Div block = new Div();
        block.addClassName(segment.restored() ? "noise-restored" : "noise-removed");
        Span reason = new Span(segment.restored() ? segment.reason() + " · restored" : segment.reason());
        reason.getElement().getThemeList().add(segment.restored() ? "badge success" : "badge contrast");
        block.add(reason);
        if (article.canRestore()) {
            Button toggle = new Button(
                    segment.restored() ? "Set aside again" : "Restore", e -> setRestored(segment, !segment.restored()));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            toggle.addClassName("segment-toggle");
            block.add(toggle);
        }
        Div content = new Div();
        content.addClassName("noise-text");
        content.setText(segment.text());
        block.add(content);
        return block;
    }

    private void setRestored(NoiseSegmentView segment, boolean restored) {
        try {
            ConcurrentEdits.run(() -> {
                show(articles.setSegmentRestored(
                        article.projectId(), article.id(), segment.id(), restored, article.version()));
                Notifications.success(
                        restored ? "Restored: it is part of the annotated text again." : "Set aside again.");
            });
        } catch (AccessRefusedException ex) {
            Notifications.error(ex);
        }
    }

    private static void addParagraphs(Div target, String chunk, boolean firstIsHeadline) {
        boolean first = firstIsHeadline;
        for (String line : chunk.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > TextBlocks.LAID_OUT_APART) {
                // A page scraped without line breaks: drawn in blocks the browser lays out only near the screen.
                Div paragraph = new Div();
                paragraph.addClassName("long-paragraph");
                for (String block : TextBlocks.split(line, TextBlocks.MAX_BLOCK)) {
                    Div b = new Div();
                    b.addClassName("blk");
                    b.setText(block);
                    paragraph.add(b);
                }
                target.add(paragraph);
                first = false;
                continue;
            }
            Paragraph p = new Paragraph(line);
            if (first) {
                p.addClassName("headline");
                first = false;
            }
            target.add(p);
        }
    }

    private void openMetadataDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Article details");
        ArticleMetadata m = article.metadata();
        TextField titleField = new TextField("Title", m.title(), "");
        titleField.setId("meta-title");
        titleField.setWidthFull();
        TextField outlet = new TextField("Outlet", m.outlet().orElse(""), "e.g. Reuters");
        outlet.setId("meta-outlet");
        TextField url = new TextField("URL", m.url().orElse(""), "https://…");
        url.setId("meta-url");
        url.setWidthFull();
        TextField author = new TextField("Author", m.author().orElse(""), "");
        author.setId("meta-author");
        DatePicker published = new DatePicker("Published");
        published.setId("meta-published");
        m.publishedDate().ifPresent(published::setValue);
        Button save = new Button("Save", e -> {
            try {
                ConcurrentEdits.run(
                        () -> {
                            show(articles.updateMetadata(
                                    article.projectId(),
                                    article.id(),
                                    article.version(),
                                    ArticleMetadata.of(
                                            titleField.getValue(),
                                            outlet.getValue(),
                                            url.getValue(),
                                            author.getValue(),
                                            published.getValue())));
                            dialog.close();
                            Notifications.success("Details saved.");
                        },
                        dialog::close);
            } catch (ArticleValidationException | AccessRefusedException ex) {
                Notifications.error(ex);
            }
        });
        save.setId("meta-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        dialog.add(new VerticalLayout(titleField, new HorizontalLayout(outlet, author, published), url));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.setWidth("44rem");
        dialog.open();
    }

    private static ArticleDetails emptyArticle() {
        return new ArticleDetails(
                0,
                0,
                0,
                "",
                false,
                ArticleMetadata.of("", null, null, null, null),
                "",
                "UTF-8",
                0,
                org.corroborate.article.ArticleStatus.NEW,
                java.time.Instant.EPOCH,
                "",
                "",
                "",
                List.of(),
                false,
                false);
    }
}
