package org.corroborate.token;

/** A token that cannot be made or revoked as asked (name taken, no scope …); the message says why. */
public class TokenValidationException extends RuntimeException {

    public TokenValidationException(String message) {
        super(message);
    }
}
