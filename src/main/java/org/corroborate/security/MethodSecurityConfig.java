package org.corroborate.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Service-level checks ({@code @PreAuthorize}) apply in the web app and in headless commands alike. The JSR-250
 * annotations ({@code @PermitAll}, {@code @RolesAllowed}) are only on views, where Vaadin's navigation access
 * control reads them: enabling them here as well made Spring wrap every view it created in a proxy.
 */
@Configuration
@EnableMethodSecurity
class MethodSecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
