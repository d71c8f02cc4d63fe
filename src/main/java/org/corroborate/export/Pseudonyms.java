package org.corroborate.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable pseudonyms for annotators: the same person in the same project always gets the same pseudonym, in
 * every export, and different projects give different pseudonyms. Derived by hashing, so nothing is stored;
 * someone who knows a project's member list can still test names against it (see ADR 0010).
 */
public final class Pseudonyms {

    private Pseudonyms() {}

    public static String of(long projectId, String username) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(
                    ("corroborate-annotator:" + projectId + ":" + username).getBytes(StandardCharsets.UTF_8));
            return "annotator-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
