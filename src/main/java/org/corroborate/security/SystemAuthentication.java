package org.corroborate.security;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the built-in "system" administrator or as a named user: headless commands and first-start data
 * loading, which have no signed-in user but pass through the same guarded services, demo data made by its demo
 * users, and the few steps a service takes on a user's behalf after its own checks (an instructor's roster makes
 * student accounts).
 *
 * <p>Inside a browser request the Spring Security context comes from the HTTP session before the thread (Vaadin's
 * {@code VaadinAwareSecurityContextHolderStrategy}), so setting the thread's context alone does not change who is
 * asking there. This class therefore also keeps who is acting per thread, and {@link CurrentUser} (which the
 * services' checks and their {@code @PreAuthorize("@currentUser.isSiteAdmin()")} read) looks there first.
 */
public final class SystemAuthentication {

    public static final String SYSTEM_USERNAME = "system";

    private static final ThreadLocal<@Nullable Authentication> ACTING = new ThreadLocal<>();

    private SystemAuthentication() {}

    public static <T> T runAsSystem(Supplier<T> work) {
        return runAs(
                UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USERNAME, null, Roles.authorities(true)),
                work);
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    /** Work done as one (non-admin) user: what it makes is theirs, what it may see is what they may. */
    public static <T> T runAsUser(String username, Supplier<T> work) {
        return runAs(UsernamePasswordAuthenticationToken.authenticated(username, null, Roles.authorities(false)), work);
    }

    private static <T> T runAs(Authentication who, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        Authentication previousActing = ACTING.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        ACTING.set(who);
        try {
            return work.get();
        } finally {
            if (previousActing == null) {
                ACTING.remove();
            } else {
                ACTING.set(previousActing);
            }
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Who this thread acts as inside {@link #runAsSystem} or {@link #runAsUser}; null outside them. */
    static @Nullable Authentication acting() {
        return ACTING.get();
    }
}
