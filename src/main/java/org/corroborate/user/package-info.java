/**
 * User accounts: creating, disabling and resetting them, their standing at sign-in, and the site admins' users page.
 */
@NullMarked
package org.corroborate.user;

import org.jspecify.annotations.NullMarked;
