package org.corroborate.user;

import org.corroborate.security.AccountStanding;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the account as it is now, for the check made on every request of a signed-in user. */
@Component
class UserAccountStanding implements AccountStanding {

    private final UserAccountRepository users;

    UserAccountStanding(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean unchanged(String username, boolean siteAdmin) {
        return users.findByUsernameIgnoreCase(username)
                .filter(UserAccount::isEnabled)
                .filter(u -> u.isSiteAdmin() == siteAdmin)
                .isPresent();
    }
}
