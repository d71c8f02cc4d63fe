package org.corroborate.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.corroborate.security.LoginThrottle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the password check of {@code POST /login}: a sign-in posted from another site is refused (login
 * CSRF), and while {@link LoginThrottle} says to wait, no password is checked at all, the right one included.
 */
final class SignInGuardFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    SignInGuardFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !"/login".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            // Written here, not sendError: the error page would be behind the sign-in and answer with a redirect.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("A sign-in posted from another site is refused.");
            return;
        }
        String username = request.getParameter("username");
        Duration wait = throttle.waitBefore(username == null ? "" : username, request.getRemoteAddr());
        if (wait.isPositive()) {
            long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
            request.getSession()
                    .setAttribute(
                            WebAttributes.AUTHENTICATION_EXCEPTION,
                            new LockedException("Too many failed sign-ins. Try again in " + seconds
                                    + (seconds == 1 ? " second." : " seconds.")));
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The browser says where the form was posted from: another site's page may not sign anyone in here. */
    private static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        if ("null".equals(origin)) {
            return true;
        }
        @Nullable URI uri = parse(origin);
        if (uri == null || uri.getHost() == null) {
            return true;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
        String host = request.getHeader("Host");
        String expected = host != null ? host : request.getServerName() + ":" + request.getServerPort();
        String actual = uri.getHost() + ":" + port;
        String expectedWithPort = expected.contains(":")
                ? expected
                : expected + ":" + ("https".equalsIgnoreCase(request.getScheme()) ? 443 : 80);
        return !actual.equalsIgnoreCase(expectedWithPort);
    }

    private static @Nullable URI parse(String origin) {
        try {
            return URI.create(origin);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
