/** The audit log of administrative acts, and its page for site admins. */
@NullMarked
package org.corroborate.audit;

import org.jspecify.annotations.NullMarked;
