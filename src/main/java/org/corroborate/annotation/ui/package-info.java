/**
 * Annotation UI: the annotation editor web component ({@code frontend/src/annotation-editor.ts}), its thin Java
 * wrapper, and the span editing every page with the editor shares ({@link org.corroborate.annotation.ui.SpanEditing}).
 */
@NullMarked
package org.corroborate.annotation.ui;

import org.jspecify.annotations.NullMarked;
