package org.corroborate.workflow;

import org.corroborate.annotation.WorkTimeCredit;

/**
 * Time spent on an article, counted from activity in the annotator's own set: opening the editor starts a
 * session, and each edit or status change adds the time since the previous activity, at most
 * {@link WorkTimeCredit#IDLE_CAP}. The counting happens where the set is saved ({@link WorkTimeCredit}, in
 * {@code annotation}, which may not depend on this package); this class reports it.
 */
public final class WorkTime {

    private WorkTime() {}

    /** "1 h 05 min", "12 min", "40 s". */
    public static String format(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
