package org.corroborate.annotation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A 10,000-word text with 1,000 spans (many overlapping), the size the editor must stay quick at. */
final class BenchmarkText {

    private static final String[] WORDS = ("the officials said that forces would remain in the region while talks "
                    + "continued and a senior diplomat who asked not to be named told reporters about 3.5 billion dollars "
                    + "of aid")
            .split(" ");

    private BenchmarkText() {}

    static String text() {
        StringBuilder sb = new StringBuilder();
        Random random = new Random(7);
        for (int i = 1; i <= 10_000; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]);
            sb.append(i % 60 == 0 ? ".\n" : " ");
        }
        return sb.toString();
    }

    static List<EditorSpan> spans(String text, List<EditorLabel> labels) {
        List<Integer> wordStarts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i == 0 || text.charAt(i - 1) != '.')) {
                wordStarts.add(i);
            }
        }
        Random random = new Random(11);
        List<EditorSpan> spans = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            int w = random.nextInt(wordStarts.size() - 8);
            int start = wordStarts.get(w);
            int end = text.indexOf(' ', wordStarts.get(w + 1 + random.nextInt(6)));
            if (end < 0 || text.substring(start, end).contains("\n")) {
                end = text.indexOf(' ', start);
            }
            EditorLabel label = labels.get(random.nextInt(labels.size()));
            spans.add(new EditorSpan(
                    "b" + i,
                    start,
                    end,
                    label.layer(),
                    label.label(),
                    label.color(),
                    null,
                    random.nextInt(10) == 0,
                    null));
        }
        return spans;
    }
}
