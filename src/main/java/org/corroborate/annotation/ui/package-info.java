/**
 * Annotation UI: the annotation editor web component ({@code frontend/src/annotation-editor.ts}) and its
 * thin Java wrapper.
 */
@NullMarked
package org.corroborate.annotation.ui;

import org.jspecify.annotations.NullMarked;
