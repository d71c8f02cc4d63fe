package org.corroborate.article;

/** An article change that breaks a rule; the message is meant for the person who asked for it. */
public class ArticleValidationException extends RuntimeException {

    public ArticleValidationException(String message) {
        super(message);
    }
}
