package org.corroborate.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.corroborate.security.AccountStanding;
import org.corroborate.storage.DatabaseUnavailable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

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
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            boolean admin =
                    authentication.getAuthorities().stream().anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
            boolean unchanged;
            try {
                unchanged = accounts.unchanged(authentication.getName(), admin);
            } catch (DataAccessException | TransactionException e) {
                // A read of one row failed: the database is away (the first request after it went may see a
                // broken pooled connection as a failed rollback, not as "no connection").
                unavailable(request, response);
                return;
            }
            if (!unchanged) {
                logout.logout(request, response, authentication);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The account cannot be checked while the database is away: a plain page that says so (503, retry soon), for a
     * page load (Vaadin's background requests get the same 503, and its client shows its own notice).
     */
    private static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        response.setContentType("text/html;charset=UTF-8");
        String again = HtmlUtils.htmlEscape(request.getRequestURI());
        response.getWriter()
                .write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                        + DatabaseUnavailable.TITLE
                        + "</title><style>body{font-family:system-ui,sans-serif;margin:2rem;"
                        + "max-width:42rem;line-height:1.5}</style>"
                        + "</head><body><main id=\"database-unavailable\"><h1>"
                        + DatabaseUnavailable.TITLE + "</h1><p>" + DatabaseUnavailable.MESSAGE
                        + "</p><a id=\"try-again\" href=\""
                        + again + "\">Try again</a></main></body></html>");
    }
}
