package org.corroborate;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Which database the integration suite runs on: H2 in memory (profile {@code test}), or PostgreSQL when the build's
 * second run sets {@code corroborate.test.database=postgres} (profiles {@code test} and {@code test-postgres}).
 */
public final class TestDatabase implements ActiveProfilesResolver {

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("corroborate.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return postgres() ? new String[] {"test", "test-postgres"} : new String[] {"test"};
    }
}
