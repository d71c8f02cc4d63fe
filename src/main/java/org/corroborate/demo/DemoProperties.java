package org.corroborate.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code corroborate.demo.enabled}: load demo users and the demo project on first start. */
@ConfigurationProperties("corroborate.demo")
public record DemoProperties(boolean enabled) {

    /** Every demo user signs in with this password; the login page shows it in demo mode. */
    public static final String PASSWORD = "corroborate";
}
