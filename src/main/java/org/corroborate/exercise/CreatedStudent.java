package org.corroborate.exercise;

import org.jspecify.annotations.Nullable;

/**
 * One line of a roster: the account made (with its password, shown only now) or, when none was made, why.
 *
 * @param password the generated password; null when no account was made
 * @param note why no account was made, or that an existing student was enrolled; empty when all went well
 */
public record CreatedStudent(
        String username, String displayName, @Nullable String password, String note) {}
