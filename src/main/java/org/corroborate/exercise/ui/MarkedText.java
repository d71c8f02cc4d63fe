package org.corroborate.exercise.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An article's text with some stretches marked, built from text nodes only: the article is never HTML. Marks may
 * not overlap (callers give them sorted and disjoint); each mark gets a class, a title and what else the caller sets.
 */
final class MarkedText extends Div {

    /** A stretch to mark (UTF-16 offsets), its CSS class, tooltip, and anything more to set on its element. */
    record Mark(int start, int end, String cssClass, String title, Consumer<Span> extra) {

        Mark(int start, int end, String cssClass, String title) {
            this(start, end, cssClass, title, s -> {});
        }
    }

    MarkedText(String text, List<Mark> marks) {
        addClassName("marked-text");
        getStyle().set("white-space", "pre-wrap").set("line-height", "1.7");
        int at = 0;
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        for (Mark mark : sorted) {
            if (mark.start() < at || mark.end() > text.length() || mark.end() <= mark.start()) {
                continue; // overlapping or outside: left unmarked rather than drawn wrong
            }
            if (mark.start() > at) {
                add(new Span(text.substring(at, mark.start())));
            }
            Span span = new Span(text.substring(mark.start(), mark.end()));
            span.addClassName(mark.cssClass());
            if (!mark.title().isEmpty()) {
                span.setTitle(mark.title());
            }
            mark.extra().accept(span);
            add(span);
            at = mark.end();
        }
        if (at < text.length()) {
            add(new Span(text.substring(at)));
        }
    }
}
