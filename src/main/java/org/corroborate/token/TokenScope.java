package org.corroborate.token;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a token may be used for; the user's own project rights still apply on top. */
public enum TokenScope {
    /** Read projects, articles and their labels, and export. */
    READ,
    /** Import articles. */
    IMPORT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority a request made with such a token carries. */
    public String authority() {
        return "SCOPE_" + code();
    }

    public static TokenScope fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Reads "read,import"; blank is refused (a token needs at least one scope). */
    public static Set<TokenScope> parse(String codes) {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String code : codes.split(",")) {
            if (!code.isBlank()) {
                scopes.add(fromCode(code));
            }
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A token needs at least one scope: read, import.");
        }
        return scopes;
    }

    public static String format(Set<TokenScope> scopes) {
        return scopes.stream().sorted().map(TokenScope::code).collect(Collectors.joining(","));
    }
}
