package org.corroborate.project;

/** A member as the settings page lists it. */
public record ProjectMemberSummary(String username, String displayName, boolean enabled, ProjectRole role) {}
