/**
 * Curation: curators compare the annotators' versions of an article, build its gold version (accept, merge,
 * edit, add) and declare it curated. Gold spans live in the annotation feature as a set of kind gold; merge
 * strategies are plain Java here. {@link org.corroborate.curation.CurationService#goldAnnotations} is the read
 * API for exports and exercises.
 */
@NullMarked
package org.corroborate.curation;

import org.jspecify.annotations.NullMarked;
