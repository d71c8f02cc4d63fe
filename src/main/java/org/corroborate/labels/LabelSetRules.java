package org.corroborate.labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a label set must satisfy beyond its layers' minimum, and which removals lose annotations. Plain Java. */
public final class LabelSetRules {

    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    public static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private LabelSetRules() {}

    /**
     * @throws LabelSetException for a code that is not lower-case kebab-case, a blank or too long caption, a colour that is not #rrggbb
     *     or is illegible ({@link LabelColors#problem}),
     *     or a code that appears twice in one layer
     */
    public static void check(LabelSet labels) {
        Set<String> seen = new HashSet<>();
        for (ProjectLabel label : labels.labels()) {
            if (!seen.add(label.id())) {
                throw new LabelSetException(
                        "The " + label.layer().code() + " layer has the label '" + label.code() + "' twice.");
            }
            if (!CODE.matcher(label.code()).matches()) {
                throw new LabelSetException(
                        "Label codes are lower-case letters, digits and dashes: '" + label.code() + "' is not.");
            }
            if (label.caption().isBlank()) {
                throw new LabelSetException("The label '" + label.code() + "' needs a caption.");
            }
            if (label.caption().length() > LabelDefinition.CAPTION_MAX_LENGTH) {
                throw new LabelSetException(
                        "A caption has at most " + LabelDefinition.CAPTION_MAX_LENGTH + " characters.");
            }
            if (!COLOR.matcher(label.color()).matches()) {
                throw new LabelSetException(
                        "The colour of '" + label.code() + "' must look like #1a2b3c, not '" + label.color() + "'.");
            }
            Optional<String> illegible = LabelColors.problem(label.color());
            if (illegible.isPresent()) {
                throw new LabelSetException("The colour of '" + label.code() + "': " + illegible.get());
            }
        }
    }

    /**
     * @param usage how many annotations use each label, by {@link ProjectLabel#id()}
     * @throws LabelSetException when a label that annotations use is missing from {@code next}
     */
    static void checkRemovals(LabelSet current, LabelSet next, Map<String, Long> usage) {
        List<String> inUse = new ArrayList<>();
        for (ProjectLabel label : current.labels()) {
            long uses = usage.getOrDefault(label.id(), 0L);
            if (uses > 0 && next.find(label.layer(), label.code()).isEmpty()) {
                inUse.add("the " + label.layer().code() + " label '" + label.code() + "' (" + uses
                        + (uses == 1 ? " annotation" : " annotations") + ")");
            }
        }
        if (!inUse.isEmpty()) {
            throw new LabelSetException("Labels in use cannot be removed: " + String.join(", ", inUse)
                    + ". Relabel those annotations first.");
        }
    }
}
