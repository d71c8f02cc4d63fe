package org.corroborate.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import java.util.List;

/** Drives the annotation editor web component like a user: real mouse drags over characters in its shadow DOM. */
public final class EditorDriver {

    private final Page page;
    private final String editorSelector;

    public EditorDriver(Page page, String editorSelector) {
        this.page = page;
        this.editorSelector = editorSelector;
    }

    /** Drags from character {@code fromChar} of the first {@code from} to character {@code toChar} of {@code to}. */
    public void drag(String from, int fromChar, String to, int toChar, boolean alt) {
        double[] a = charCenter(from, fromChar);
        double[] b = charCenter(to, toChar);
        // Start at the left edge of the first character and end at the right edge of the last one.
        page.mouse().move(a[0] - a[2] / 2 + 1, a[1]);
        page.mouse().down();
        page.mouse().move(b[0], b[1], new Mouse.MoveOptions().setSteps(5));
        if (alt) {
            page.keyboard().down("Alt");
        }
        page.mouse().move(b[0] + b[2] / 2 - 1, b[1]);
        page.mouse().up();
        if (alt) {
            page.keyboard().up("Alt");
        }
    }

    /**
     * Selects the first occurrence of a phrase from its first to its last character, once the text has stopped
     * moving (a form closing or a list growing beside it shifts the text; a drag computed before that lands on
     * other words).
     */
    public void select(String phrase) {
        double[] a = stableCharCenter(phrase, 0);
        double[] b = charCenter(phrase, phrase.length() - 1);
        page.mouse().move(a[0] - a[2] / 2 + 1, a[1]);
        page.mouse().down();
        page.mouse().move(b[0], b[1], new Mouse.MoveOptions().setSteps(5));
        page.mouse().move(b[0] + b[2] / 2 - 1, b[1]);
        page.mouse().up();
    }

    /** As {@link #charCenter}, once two looks an animation frame apart agree (as Playwright waits for "stable"). */
    private double[] stableCharCenter(String needle, int k) {
        double[] last = charCenter(needle, k);
        for (int i = 0; i < 50; i++) {
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            double[] now = charCenter(needle, k);
            if (java.util.Arrays.equals(now, last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /**
     * Where the k-th character of the first occurrence of {@code needle} is on screen: [x, y, width]. The text is
     * scrolled to the middle of the editor first, clear of the notifications stacked at the bottom of the page
     * (a drag that ends on a notification selects nothing, or something else).
     */
    public double[] charCenter(String needle, int k) {
        List<?> r = (List<?>) page.evaluate(
                "([selector, needle, k]) => {"
                        + " const root = document.querySelector(selector).shadowRoot;"
                        + " const walk = document.createTreeWalker(root.querySelector('.text'), NodeFilter.SHOW_TEXT);"
                        + " for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                        + "  const i = n.data.indexOf(needle);"
                        + "  if (i >= 0) { const r = document.createRange(); r.setStart(n, i + k); r.setEnd(n, i + k + 1);"
                        + "   r.startContainer.parentElement.scrollIntoView({block: 'center'});"
                        + "   const t = root.querySelector('.text'); const c = t.getBoundingClientRect();"
                        + "   let b = r.getBoundingClientRect();"
                        // a block taller than the editor (a long paragraph's) is centred; the character itself may not
                        // be
                        + "   if (b.top < c.top || b.bottom > c.bottom) {"
                        + "    t.scrollTop += (b.top + b.bottom) / 2 - (c.top + c.bottom) / 2; b = r.getBoundingClientRect(); }"
                        + "   return [b.x + b.width / 2, b.y + b.height / 2, b.width]; } }"
                        + " return null; }",
                List.of(editorSelector, needle, k));
        assertThat(r).as("text '%s' in the editor", needle).isNotNull();
        return new double[] {
            ((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue(), ((Number) r.get(2)).doubleValue()
        };
    }
}
