package org.corroborate.api;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.corroborate.token.AccessTokenService;
import org.corroborate.token.TokenScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own security chain, before the web app's: {@code /api/**} only, stateless (no session is read or made),
 * no CSRF (no cookie authenticates here, so there is nothing to forge), bearer tokens only. The web app's chain
 * (sessions, CSRF, form login) is untouched.
 */
@Configuration
@ConditionalOnWebApplication
class ApiSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http,
            AccessTokenService tokens,
            JsonMapper json,
            Clock clock,
            @Value("${corroborate.api.requests-per-minute:600}") int requestsPerMinute)
            throws Exception {
        ApiProblems problems = new ApiProblems(json);
        RequestRateLimiter limiter = new RequestRateLimiter(requestsPerMinute, clock);
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> {})
                .addFilterBefore(new BearerTokenFilter(tokens, limiter, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // a streamed download finishes in an async dispatch; the request was checked when it began
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                "/api/docs",
                                "/api/docs/**",
                                "/api/openapi.json",
                                "/api/openapi.json/**",
                                "/api/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/projects/*/articles")
                        .hasAuthority(TokenScope.IMPORT.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/**")
                        .hasAuthority(TokenScope.READ.authority())
                        .anyRequest()
                        .denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problems.write(
                                response,
                                ApiProblems.problem(
                                        HttpStatus.UNAUTHORIZED,
                                        "This needs an access token: Authorization: Bearer crb_...")))
                        .accessDeniedHandler((request, response, ex) -> problems.write(
                                response,
                                ApiProblems.problem(
                                        HttpStatus.FORBIDDEN,
                                        "This access token's scopes do not allow this request."))));
        return http.build();
    }
}
