/** The reconciliation board: a story's slots against its articles. */
@NullMarked
package org.corroborate.reconcile.ui;

import org.jspecify.annotations.NullMarked;
