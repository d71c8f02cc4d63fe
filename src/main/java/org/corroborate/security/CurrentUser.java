package org.corroborate.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, as services see it: the signed-in user, or the system for headless commands. */
@Component
public class CurrentUser {

    public Optional<String> username() {
        Authentication authentication = authentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** The signed-in user's name; refuses when nobody is signed in. */
    public String requireUsername() {
        return username().orElseThrow(() -> new NotFoundOrNotAllowedException("Please sign in."));
    }

    public boolean isSiteAdmin() {
        Authentication authentication = authentication();
        return authentication != null
                && authentication.isAuthenticated()
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> Roles.ADMIN_AUTHORITY.equals(a.getAuthority()));
    }

    /** Whoever work runs as ({@link SystemAuthentication}), else the signed-in user. */
    private static @Nullable Authentication authentication() {
        Authentication acting = SystemAuthentication.acting();
        return acting != null ? acting : SecurityContextHolder.getContext().getAuthentication();
    }
}
