package org.corroborate.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the built-in "system" administrator: headless commands and first-start data loading,
 * which have no signed-in user but pass through the same guarded services, and the few steps a service takes on a
 * user's behalf after its own checks (an instructor's roster makes student accounts).
 *
 * <p>Inside a browser request the Spring Security context comes from the HTTP session before the thread (Vaadin's
 * {@code VaadinAwareSecurityContextHolderStrategy}), so setting the thread's context alone does not change who is
 * asking there. {@link CurrentUser} and the services' admin checks ({@code @PreAuthorize("@currentUser.isSiteAdmin()")})
 * therefore look at this class's own per-thread flag first.
 */
public final class SystemAuthentication {

    public static final String SYSTEM_USERNAME = "system";

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private SystemAuthentication() {
    }

    public static <T> T runAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        boolean wasActive = ACTIVE.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USERNAME, null,
                Roles.authorities(true)));
        SecurityContextHolder.setContext(context);
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            ACTIVE.set(wasActive);
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Whether this thread is inside {@link #runAsSystem}. */
    static boolean active() {
        return ACTIVE.get();
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }
}
