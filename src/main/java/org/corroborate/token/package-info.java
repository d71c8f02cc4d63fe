/**
 * Personal access tokens: a signed-in user makes, names, scopes and revokes tokens that scripts present to the HTTP
 * API; a call with a token acts as its user, with that user's rights.
 */
@NullMarked
package org.corroborate.token;

import org.jspecify.annotations.NullMarked;
