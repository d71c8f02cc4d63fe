/** The "Access tokens" page of every signed-in user. */
@NullMarked
package org.corroborate.token.ui;

import org.jspecify.annotations.NullMarked;
