/**
 * The app shell: the main layout and its menu per role, the shared not-found and database-unreachable pages, the
 * chart component, and small view helpers (links, notifications, dates in the user's locale) that every feature's
 * views use. The sign-in page belongs to the security feature.
 */
@NullMarked
package org.corroborate.ui;

import org.jspecify.annotations.NullMarked;
