/**
 * Projects, their members and roles (the team: managers, curators, annotators; the classroom: instructors,
 * students), their settings, and {@link org.corroborate.project.ProjectAccess}, the one place that says who may
 * see or change what in a project.
 */
@NullMarked
package org.corroborate.project;

import org.jspecify.annotations.NullMarked;
