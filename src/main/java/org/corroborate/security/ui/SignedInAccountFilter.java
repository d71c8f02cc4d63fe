package org.corroborate.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.corroborate.security.AccountStanding;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in account on every request: a user disabled, deleted or no longer a site admin since they
 * signed in is signed out at their next request, not at the end of their session.
 */
final class SignedInAccountFilter extends OncePerRequestFilter {

    private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private final AccountStanding accounts;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    SignedInAccountFilter(AccountStanding accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            boolean admin = authentication.getAuthorities().stream()
                    .anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
            if (!accounts.unchanged(authentication.getName(), admin)) {
                logout.logout(request, response, authentication);
            }
        }
        chain.doFilter(request, response);
    }
}
