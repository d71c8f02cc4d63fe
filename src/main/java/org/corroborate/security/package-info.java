/**
 * Signing in and who is acting: Spring Security for the web app, {@link org.corroborate.security.CurrentUser},
 * work done as the system or as another user ({@link org.corroborate.security.SystemAuthentication}), login
 * throttling and the not-found answer for what a user may not see.
 */
@NullMarked
package org.corroborate.security;

import org.jspecify.annotations.NullMarked;
