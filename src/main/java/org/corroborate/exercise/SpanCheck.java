package org.corroborate.exercise;

/**
 * What an exercise with feedback "at once, per item" tells a student about one span of their open attempt: whether
 * it found a gold item with the right label, with a wrong label, or none. It carries nothing of the gold but the
 * instructor's explanation of the item this span matched: no offsets, no label, nothing of items not hit.
 *
 * @param explanation the instructor's explanation of the matched gold item; empty when spurious or unexplained
 */
public record SpanCheck(long spanId, Verdict verdict, String explanation) {

    public enum Verdict {
        FOUND("found"),
        WRONG_LABEL("wrong label"),
        SPURIOUS("not in the gold");

        private final String caption;

        Verdict(String caption) {
            this.caption = caption;
        }

        public String caption() {
            return caption;
        }
    }
}
