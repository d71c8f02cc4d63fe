/**
 * The data folder and the embedded database in it: who may read them, how the database is reached and what a
 * confirmed commit survives (docs/adr/0003-data-folder.md, docs/adr/0016-embedded-database-hardening.md).
 */
@NullMarked
package org.corroborate.storage;

import org.jspecify.annotations.NullMarked;
