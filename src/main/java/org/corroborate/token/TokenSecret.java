package org.corroborate.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A token's secret text and how it is kept: {@code crb_} and 32 random bytes (base64url), so that it is recognisable
 * in a leaked file or a secret scanner; the database holds only its SHA-256. Plain Java. A fast hash suffices: the
 * secret is random, not a password that could be guessed.
 */
public final class TokenSecret {

    public static final String PREFIX = "crb_";
    static final int RANDOM_BYTES = 32;
    /** Characters kept in clear so that a user can tell their tokens apart: the prefix and four more. */
    static final int HINT_LENGTH = PREFIX.length() + 4;

    private TokenSecret() {}

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lowercase hex SHA-256 of the token as presented. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String hint(String token) {
        return token.substring(0, Math.min(HINT_LENGTH, token.length()));
    }

    /** Whether the text could be one of ours at all (cheap: no database look-up for anything else). */
    public static boolean looksLikeToken(String text) {
        return text.startsWith(PREFIX) && text.length() == PREFIX.length() + 43;
    }
}
