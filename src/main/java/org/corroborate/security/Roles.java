package org.corroborate.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Site-wide roles. Project roles are per project (see ProjectRole). */
public final class Roles {

    /** For {@code @RolesAllowed}: site administrators. */
    public static final String ADMIN = "ADMIN";

    static final String ADMIN_AUTHORITY = "ROLE_" + ADMIN;
    static final String USER_AUTHORITY = "ROLE_USER";

    private Roles() {}

    /** Every signed-in user has ROLE_USER; site admins also ROLE_ADMIN. */
    public static List<GrantedAuthority> authorities(boolean siteAdmin) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(USER_AUTHORITY));
        if (siteAdmin) {
            authorities.add(new SimpleGrantedAuthority(ADMIN_AUTHORITY));
        }
        return authorities;
    }
}
