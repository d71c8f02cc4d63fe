package org.corroborate.labels;

import java.util.Map;

/**
 * How many annotations of a project use each label, by {@link ProjectLabel#id()}, counting only what the current
 * user may see. Implemented by {@code annotation}, which owns annotations (labels must not depend on it).
 */
public interface LabelUsage {

    Map<String, Long> labelUsage(long projectId);
}
