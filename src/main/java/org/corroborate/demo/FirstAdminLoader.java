package org.corroborate.demo;

import java.security.SecureRandom;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, the first start creates one site admin: with the configured password, or with a
 * generated one that is printed once to the log.
 */
@Component
@ConditionalOnWebApplication
@Order(2)
class FirstAdminLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminLoader.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final DemoProperties demo;
    private final UserService users;
    private final String username;
    private final String configuredPassword;

    FirstAdminLoader(
            DemoProperties demo,
            UserService users,
            @Value("${corroborate.admin.username:admin}") String username,
            @Value("${corroborate.admin.password:}") String configuredPassword) {
        this.demo = demo;
        this.users = users;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled() || users.anyUserExists()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        SystemAuthentication.runAsSystem(() -> users.createUser(username, "Administrator", password, true));
        if (generated) {
            log.warn(
                    "Created the first site admin '{}' with the generated password: {}  (shown only this once;"
                            + " change it under Users)",
                    username,
                    password);
        } else {
            log.info("Created the first site admin '{}' with the password from CORROBORATE_ADMIN_PASSWORD.", username);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
