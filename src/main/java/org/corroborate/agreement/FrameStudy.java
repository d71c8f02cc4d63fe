package org.corroborate.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;

/**
 * Whole attribution frames as coding units: a frame sits at its cue's position, and its "label" is the exact
 * set of its source and content spans. Two raters agree on a frame only when cue, sources and contents all
 * match in position.
 */
public final class FrameStudy {

    private FrameStudy() {}

    public static LabelStudy of(List<String> raters, List<AgreementSpan> spans) {
        Map<String, List<AgreementSpan>> frames = new LinkedHashMap<>();
        for (AgreementSpan span : spans) {
            if (span.layer() == Layer.ATTRIBUTION && span.frameId() != null) {
                frames.computeIfAbsent(
                                span.annotator() + "\u0000" + span.articleId() + "\u0000" + span.frameId(),
                                k -> new ArrayList<>())
                        .add(span);
            }
        }
        List<AgreementSpan> frameUnits = new ArrayList<>();
        for (List<AgreementSpan> parts : frames.values()) {
            int cueAt = IntStream.range(0, parts.size())
                    .filter(i -> Labels.CUE.equals(parts.get(i).label()))
                    .findFirst()
                    .orElse(-1);
            if (cueAt < 0) {
                continue; // a frame without a cue is not a frame yet
            }
            AgreementSpan cue = parts.get(cueAt);
            TreeSet<String> sources = new TreeSet<>();
            TreeSet<String> contents = new TreeSet<>();
            for (int i = 0; i < parts.size(); i++) {
                AgreementSpan part = parts.get(i);
                if (i != cueAt) {
                    (Labels.SOURCE.equals(part.label()) ? sources : contents).add(part.start() + "-" + part.end());
                }
            }
            String signature = "source " + String.join(",", sources) + " | content " + String.join(",", contents);
            frameUnits.add(new AgreementSpan(
                    cue.annotator(),
                    cue.articleId(),
                    Layer.ATTRIBUTION,
                    signature,
                    cue.start(),
                    cue.end(),
                    cue.frameId()));
        }
        return LabelStudy.of(raters, frameUnits);
    }
}
