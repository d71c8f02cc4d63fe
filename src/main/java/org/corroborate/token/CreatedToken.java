package org.corroborate.token;

/** A token just made: the secret is in this record only, shown once and never stored. */
public record CreatedToken(AccessTokenSummary token, String secret) {

    @Override
    public String toString() {
        return "CreatedToken[" + token + "]"; // keeps the secret out of logs
    }
}
