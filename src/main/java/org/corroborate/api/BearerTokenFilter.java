package org.corroborate.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.corroborate.security.Roles;
import org.corroborate.token.AccessTokenService;
import org.corroborate.token.TokenHolder;
import org.corroborate.token.TokenScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer crb_...}: a valid token makes the request its user's, with that user's site
 * authorities plus one authority per scope, so services' project checks apply as in the web app. A bad, revoked or
 * expired token is refused at once (401); no header at all is left to the chain's rules (401 where a token is
 * needed). Then the token's rate limit (429 with Retry-After).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenService tokens;
    private final RequestRateLimiter limiter;
    private final ApiProblems problems;

    BearerTokenFilter(AccessTokenService tokens, RequestRateLimiter limiter, ApiProblems problems) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenHolder> holder = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (holder.isEmpty()) {
            problems.write(
                    response,
                    ApiProblems.problem(
                            HttpStatus.UNAUTHORIZED,
                            "The access token is missing, malformed, revoked or expired, or its user is disabled."));
            return;
        }
        Duration wait = limiter.acquire(holder.get().tokenId());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ProblemDetail problem = ApiProblems.problem(
                    HttpStatus.TOO_MANY_REQUESTS, "Too many requests with this token: try again in " + seconds + " s.");
            response.setHeader("Retry-After", Long.toString(seconds));
            problems.write(response, problem);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                holder.get().username(), null, authorities(holder.get())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<GrantedAuthority> authorities(TokenHolder holder) {
        List<GrantedAuthority> authorities = Roles.authorities(holder.siteAdmin());
        for (TokenScope scope : holder.scopes()) {
            authorities.add(new SimpleGrantedAuthority(scope.authority()));
        }
        return authorities;
    }
}
