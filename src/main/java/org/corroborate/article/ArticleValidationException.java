package org.corroborate.article;

/** An article change that breaks a rule; the message is meant for the person who asked for it. */
public class ArticleValidationException extends RuntimeException {

    private final String message;

    public ArticleValidationException(String message) {
        super(message);
        this.message = message;
    }

    /** Never null: every one is made with the reason it is shown to the user. */
    @Override
    public String getMessage() {
        return message;
    }
}
