package org.corroborate.demo;

import java.util.List;
import org.corroborate.security.LoginHints;
import org.springframework.stereotype.Component;

/** In demo mode the login page lists the demo users and their password. */
@Component
class DemoLoginHints implements LoginHints {

    private final DemoProperties properties;

    DemoLoginHints(DemoProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Hint> hints() {
        if (!properties.enabled()) {
            return List.of();
        }
        return DemoUser.ALL.stream()
                .map(u -> new Hint(u.username(), DemoProperties.PASSWORD, u.roleDescription()))
                .toList();
    }
}
