package org.corroborate.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The editable facts about an article. Blank optional fields are empty. */
public record ArticleMetadata(
        String title,
        Optional<String> outlet,
        Optional<String> url,
        Optional<String> author,
        Optional<LocalDate> publishedDate) {

    public static ArticleMetadata of(
            String title,
            @Nullable String outlet,
            @Nullable String url,
            @Nullable String author,
            @Nullable LocalDate publishedDate) {
        return new ArticleMetadata(
                title,
                blankToEmpty(outlet),
                blankToEmpty(url),
                blankToEmpty(author),
                Optional.ofNullable(publishedDate));
    }

    /** Checks lengths and the URL (only http and https: a "javascript:" link would run script). */
    ArticleMetadata validated() {
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            throw new ArticleValidationException("An article needs a title.");
        }
        checkLength("Title", cleanTitle, Article.TITLE_MAX_LENGTH);
        outlet.ifPresent(o -> checkLength("Outlet", o, Article.OUTLET_MAX_LENGTH));
        author.ifPresent(a -> checkLength("Author", a, Article.AUTHOR_MAX_LENGTH));
        url.ifPresent(u -> {
            checkLength("URL", u, Article.URL_MAX_LENGTH);
            if (!isWebAddress(u)) {
                throw new ArticleValidationException(
                        "The URL must be a web address starting with http:// or https://.");
            }
        });
        return new ArticleMetadata(
                cleanTitle,
                outlet.map(String::strip),
                url.map(String::strip),
                author.map(String::strip),
                publishedDate);
    }

    public static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return scheme != null
                    && uri.getHost() != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http")
                            || scheme.toLowerCase(Locale.ROOT).equals("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new ArticleValidationException(field + " has at most " + max + " characters.");
        }
    }

    private static Optional<String> blankToEmpty(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
