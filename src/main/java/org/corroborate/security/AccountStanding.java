package org.corroborate.security;

/** Whether a signed-in user still stands as they signed in: the account exists, is enabled, same site role. */
public interface AccountStanding {

    boolean unchanged(String username, boolean siteAdmin);
}
