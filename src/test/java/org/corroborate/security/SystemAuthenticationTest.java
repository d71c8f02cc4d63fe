package org.corroborate.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * In a browser request, Vaadin's strategy answers with the signed-in user's context from the HTTP session whatever
 * the thread sets. This strategy does the same, so the test shows that work run as the system is the system's there.
 */
class SystemAuthenticationTest {

    private final SecurityContextHolderStrategy original = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restore() {
        SecurityContextHolder.setContextHolderStrategy(original);
    }

    @Test
    void work_run_as_the_system_is_the_systems_even_where_the_session_decides_who_is_asking() {
        SecurityContext instructor = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated("instructor", null, Roles.authorities(false)));
        SecurityContextHolder.setContextHolderStrategy(new SessionFirst(instructor));
        CurrentUser currentUser = new CurrentUser();

        assertThat(currentUser.username()).contains("instructor");
        assertThat(currentUser.isSiteAdmin()).isFalse();
        SystemAuthentication.runAsSystem(() -> {
            assertThat(currentUser.username()).contains(SystemAuthentication.SYSTEM_USERNAME);
            assertThat(currentUser.isSiteAdmin()).isTrue();
        });
        assertThat(currentUser.username()).as("back to the signed-in user").contains("instructor");
        assertThat(currentUser.isSiteAdmin()).isFalse();
    }

    @Test
    void a_user_acting_inside_system_work_is_that_user_and_the_system_again_after() {
        CurrentUser currentUser = new CurrentUser();
        SystemAuthentication.runAsSystem(() -> {
            SystemAuthentication.runAsUser("student", () -> {
                assertThat(currentUser.username()).contains("student");
                assertThat(currentUser.isSiteAdmin()).isFalse();
                return true;
            });
            assertThat(currentUser.username()).contains(SystemAuthentication.SYSTEM_USERNAME);
            assertThat(currentUser.isSiteAdmin()).isTrue();
        });
        assertThat(SystemAuthentication.acting()).isNull();
    }

    /** Always the session's context; what the thread sets is kept but never read first. */
    private record SessionFirst(SecurityContext session) implements SecurityContextHolderStrategy {

        @Override
        public void clearContext() {}

        @Override
        public SecurityContext getContext() {
            return session;
        }

        @Override
        public void setContext(SecurityContext context) {}

        @Override
        public SecurityContext createEmptyContext() {
            return new SecurityContextImpl();
        }
    }
}
