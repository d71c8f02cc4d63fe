package org.corroborate.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/**
 * Whole attribution frames as coding units: a frame sits at its cue's position, and its "label" is the exact
 * set of its source and content spans. Two raters agree on a frame only when cue, sources and contents all
 * match in position.
 */
public final class FrameStudy {

    private FrameStudy() {
    }

    public static LabelStudy of(List<String> raters, List<AgreementSpan> spans) {
        Map<String, List<AgreementSpan>> frames = new LinkedHashMap<>();
        for (AgreementSpan span : spans) {
            if (span.layer() == Layer.ATTRIBUTION && span.frameId() != null) {
                frames.computeIfAbsent(span.annotator() + "\u0000" + span.articleId() + "\u0000" + span.frameId(),
                        k -> new ArrayList<>()).add(span);
            }
        }
        List<AgreementSpan> frameUnits = new ArrayList<>();
        for (List<AgreementSpan> parts : frames.values()) {
            AgreementSpan cue = parts.stream().filter(p -> Labels.CUE.equals(p.label())).findFirst().orElse(null);
            if (cue == null) {
                continue; // a frame without a cue is not a frame yet
            }
            TreeSet<String> sources = new TreeSet<>();
            TreeSet<String> contents = new TreeSet<>();
            for (AgreementSpan part : parts) {
                if (part != cue) {
                    (Labels.SOURCE.equals(part.label()) ? sources : contents).add(part.start() + "-" + part.end());
                }
            }
            String signature = "source " + String.join(",", sources) + " | content " + String.join(",", contents);
            frameUnits.add(new AgreementSpan(cue.annotator(), cue.articleId(), Layer.ATTRIBUTION, signature,
                    cue.start(), cue.end(), cue.frameId()));
        }
        return LabelStudy.of(raters, frameUnits);
    }
}
