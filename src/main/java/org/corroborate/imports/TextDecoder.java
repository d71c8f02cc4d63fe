package org.corroborate.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an article file's bytes into text: a byte-order mark wins, then strict UTF-8, then
 * windows-1252 (what "latin-1" files from the web almost always are), then ISO-8859-1. Binary content
 * is refused rather than decoded into garbage.
 */
final class TextDecoder {

    /** Share of control characters above which text is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {}

    /** The decoded text, or empty when the bytes are binary or in no encoding we can tell. */
    static Decoded decode(byte[] bytes) throws RefusedException {
        Optional<Decoded> withBom = byteOrderMark(bytes);
        if (withBom.isPresent()) {
            return checkedText(withBom.get());
        }
        if (containsNul(bytes)) {
            throw new RefusedException("the file is binary, not text");
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return checkedText(new Decoded(utf8.get(), StandardCharsets.UTF_8));
        }
        Optional<String> cp1252 = strict(bytes, WINDOWS_1252);
        if (cp1252.isPresent()) {
            return checkedText(new Decoded(cp1252.get(), WINDOWS_1252));
        }
        // Bytes that windows-1252 leaves undefined: ISO-8859-1 maps them to C1 controls, which the
        // binary check below then judges.
        return checkedText(new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1));
    }

    private static Optional<Decoded> byteOrderMark(byte[] b) throws RefusedException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Decoded(requireStrict(b, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Decoded(requireStrict(b, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Decoded(requireStrict(b, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }

    private static String requireStrict(byte[] bytes, int offset, Charset charset) throws RefusedException {
        byte[] rest = java.util.Arrays.copyOfRange(bytes, offset, bytes.length);
        return strict(rest, charset)
                .orElseThrow(() -> new RefusedException("the file starts with a " + charset.name()
                        + " byte-order mark but is not valid " + charset.name()));
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Decoded checkedText(Decoded decoded) throws RefusedException {
        String text = decoded.text();
        if (text.isBlank()) {
            throw new RefusedException("the file is empty");
        }
        long controls = text.chars().filter(TextDecoder::isSuspiciousControl).count();
        if (text.indexOf('\0') >= 0 || controls > MAX_CONTROL_SHARE * text.length()) {
            throw new RefusedException(
                    decoded.charset().equals(StandardCharsets.ISO_8859_1)
                            ? "unknown text encoding (not UTF-8, windows-1252 or latin-1 text)"
                            : "the file is binary, not text");
        }
        return decoded;
    }

    private static boolean isSuspiciousControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                || (c >= 0x7F && c <= 0x9F)
                || c == 0xFFFD;
    }

    record Decoded(String text, Charset charset) {}

    /** A file that cannot be taken as article text; the message is the reason. */
    static final class RefusedException extends Exception {
        private final String reason;

        RefusedException(String reason) {
            super(reason);
            this.reason = reason;
        }

        /** Never null: the reason it was made with. */
        @Override
        public String getMessage() {
            return reason;
        }
    }
}
