/** The agreement page: how far a project's annotators agree, and where they differ. */
@NullMarked
package org.corroborate.agreement.ui;

import org.jspecify.annotations.NullMarked;
