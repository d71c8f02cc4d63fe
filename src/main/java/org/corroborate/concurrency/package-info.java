/**
 * Concurrent edits: {@link org.corroborate.concurrency.ConcurrentChangeException}, the one refusal every service
 * gives when someone else changed the same thing first, and the translation that turns JPA's optimistic-lock
 * failures (also those found only at commit) into it.
 */
@NullMarked
package org.corroborate.concurrency;

import org.jspecify.annotations.NullMarked;
