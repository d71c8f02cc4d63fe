package org.corroborate.ui;

/**
 * What the project menu may offer the signed-in user in one project. The project feature implements it, so that
 * this package (which every feature's views use) needs no feature in return.
 */
public interface ProjectMenuAccess {

    /**
     * Whether the user sees the project's own pages: its team (managers, curators, annotators) and site admins. The
     * classroom does not: instructors get only Exercises ({@link #canTeach}), students no project menu.
     */
    boolean canView(long projectId);

    /** Curators and managers (and site admins) get Workload and Agreement; false when the project is not theirs. */
    boolean canCurate(long projectId);

    /** Instructors and managers (and site admins) get Exercises; false when the project is not theirs. */
    default boolean canTeach(long projectId) {
        return false;
    }
}
