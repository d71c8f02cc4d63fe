/**
 * Cross-article figure reconciliation: figures of one story that measure the same thing form a slot; each
 * slot gets an automatic verdict from the figures' intervals (consistent, compatible, conflict) and a
 * reconciler's verdict with the accepted value, a rationale and the evidence. The rules here are plain Java.
 */
@NullMarked
package org.corroborate.reconcile;

import org.jspecify.annotations.NullMarked;
