package org.corroborate.suggestion;

/** A stretch {@code [start, end)} of the analysed text in UTF-16 units: a sentence or a token. */
public record TextSpan(int start, int end) {

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
