package org.corroborate.token;

import java.util.Set;

/** Who a presented token speaks for, as the API's filter needs it: the user as they stand now, and the scopes. */
public record TokenHolder(long tokenId, String username, boolean siteAdmin, Set<TokenScope> scopes) {

    public TokenHolder {
        scopes = Set.copyOf(scopes);
    }
}
