package org.corroborate.security;

import java.util.List;

/** Accounts the login page may show (demo mode only); an empty list shows nothing. */
public interface LoginHints {

    List<Hint> hints();

    record Hint(String username, String password, String description) {}
}
