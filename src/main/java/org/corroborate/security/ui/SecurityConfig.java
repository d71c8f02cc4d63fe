package org.corroborate.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.corroborate.security.AccountStanding;
import org.corroborate.security.LoginThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Form login through the Vaadin login view; every view states its own access annotation. Around it: sign-in
 * throttling and a same-origin check ({@link SignInGuardFilter}), accounts re-checked on every request
 * ({@link SignedInAccountFilter}), and the security headers ({@link SecurityHeadersFilter}). Vaadin-specific, so it lives with the login view.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    /** Runs first, outside Spring Security's chain, so no response leaves without the headers. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the headers: bodies over the largest allowed upload (plus room for form overhead) are refused. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(
            @Value("${corroborate.import.max-upload-bytes}") long maxUploadBytes) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxUploadBytes + 1024 * 1024));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    /**
     * Passwords are checked before the account's state, so "disabled" is said only to someone who knows the
     * password (and an unknown name, a wrong password and a disabled account look alike to everyone else).
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("This account is disabled.");
            }
        });
        return provider;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, AccountStanding accounts)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/styles.css",
                        "/lumo/**",
                        "/images/**",
                        "/favicon.ico",
                        "/actuator/health",
                        "/actuator/health/**")
                .permitAll());
        http.addFilterBefore(new SignInGuardFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SignedInAccountFilter(accounts), AnonymousAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
