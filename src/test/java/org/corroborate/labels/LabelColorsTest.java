package org.corroborate.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the default label colours are told apart within each layer, by readers with full colour vision and by
 * protan and deutan readers (Machado, Oliveira and Fernandes 2009, severity 1, applied in linear sRGB), at a CIEDE2000
 * distance of at least {@link #MIN_DISTANCE}; and each is legible where the editor draws it.
 */
class LabelColorsTest {

    /** Clearly different side by side (about 2.3 is a just-noticeable difference). */
    static final double MIN_DISTANCE = 10;

    enum Vision {
        TYPICAL(null),
        PROTANOPIA(new double[][] {
            {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}
        }),
        DEUTERANOPIA(new double[][] {
            {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}
        });

        final double @Nullable [][] matrix; // none: typical vision sees the colour as it is

        Vision(double @Nullable [][] matrix) {
            this.matrix = matrix;
        }

        /** The colour as this reader sees it, in CIELAB (D65). */
        double[] lab(String color) {
            int[] c = LabelColors.rgb(color);
            double[] linear = {LabelColors.linear(c[0]), LabelColors.linear(c[1]), LabelColors.linear(c[2])};
            if (matrix != null) {
                double[] seen = new double[3];
                for (int i = 0; i < 3; i++) {
                    seen[i] = Math.clamp(
                            matrix[i][0] * linear[0] + matrix[i][1] * linear[1] + matrix[i][2] * linear[2], 0, 1);
                }
                linear = seen;
            }
            double x = 0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2];
            double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
            double z = 0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2];
            double fx = f(x / 0.95047);
            double fy = f(y);
            double fz = f(z / 1.08883);
            return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
        }

        private static double f(double t) {
            return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        }
    }

    @Test
    void labels_of_one_layer_are_told_apart_with_typical_protan_and_deutan_vision() {
        List<String> tooClose = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            List<ProjectLabel> labels = LabelSet.defaults().of(layer);
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    for (Vision vision : Vision.values()) {
                        double distance = ciede2000(
                                vision.lab(labels.get(i).color()),
                                vision.lab(labels.get(j).color()));
                        if (distance < MIN_DISTANCE) {
                            tooClose.add(String.format(
                                    "%s: %s and %s (%s) %.1f",
                                    layer.code(),
                                    labels.get(i).code(),
                                    labels.get(j).code(),
                                    vision,
                                    distance));
                        }
                    }
                }
            }
        }
        assertThat(tooClose)
                .as("pairs of labels closer than ΔE2000 " + MIN_DISTANCE)
                .isEmpty();
    }

    @Test
    void every_default_colour_shows_as_an_underline_and_keeps_its_text_readable() {
        for (ProjectLabel label : LabelSet.defaults().labels()) {
            assertThat(LabelColors.contrast(label.color(), LabelColors.PAGE))
                    .as(label.id())
                    .isGreaterThanOrEqualTo(LabelColors.MIN_GRAPHIC_CONTRAST);
            assertThat(LabelColors.contrast(LabelColors.BODY_TEXT, LabelColors.highlight(label.color())))
                    .as(label.id())
                    .isGreaterThanOrEqualTo(LabelColors.MIN_TEXT_CONTRAST);
            assertThat(LabelColors.problem(label.color())).as(label.id()).isEmpty();
        }
    }

    @Test
    void contrast_and_highlight_follow_wcag_and_the_editor() {
        assertThat(LabelColors.contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(LabelColors.contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
        assertThat(LabelColors.highlight("#000000")).isEqualTo("#c7c7c7"); // 22 % black on white
    }

    @Test
    void a_manager_cannot_choose_a_colour_too_light_to_see() {
        LabelSet pale = new LabelSet(List.of(new ProjectLabel(Layer.CLAIM, "rumour", "Rumour", "#fde68a")));
        assertThatThrownBy(() -> LabelSetRules.check(pale))
                .hasMessageStartingWith("The colour of 'rumour': #fde68a is too light to see as an underline");
        LabelSet dark = new LabelSet(List.of(new ProjectLabel(Layer.CLAIM, "rumour", "Rumour", "#123456")));
        assertThatCode(() -> LabelSetRules.check(dark)).doesNotThrowAnyException();
    }

    /** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005). */
    static double ciede2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double cMean7 = Math.pow((c1 + c2) / 2, 7);
        double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1p = Math.hypot(a1, lab1[2]);
        double c2p = Math.hypot(a2, lab2[2]);
        double h1p = hue(lab1[2], a1);
        double h2p = hue(lab2[2], a2);
        double dL = lab2[0] - lab1[0];
        double dC = c2p - c1p;
        double dh = 0;
        if (c1p * c2p != 0) {
            dh = h2p - h1p;
            if (dh > 180) {
                dh -= 360;
            } else if (dh < -180) {
                dh += 360;
            }
        }
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (lab1[0] + lab2[0]) / 2;
        double cpMean = (c1p + c2p) / 2;
        double hMean;
        if (c1p * c2p == 0) {
            hMean = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hMean = (h1p + h2p) / 2;
        } else {
            hMean = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
        }
        double t = 1
                - 0.17 * cos(hMean - 30)
                + 0.24 * cos(2 * hMean)
                + 0.32 * cos(3 * hMean + 6)
                - 0.20 * cos(4 * hMean - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double cpMean7 = Math.pow(cpMean, 7);
        double rc = 2 * Math.sqrt(cpMean7 / (cpMean7 + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(
                Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
    }

    @Test
    void ciede2000_matches_sharmas_test_data() {
        // Pairs 1 and 17 of Sharma, Wu and Dalal's published test set.
        assertThat(ciede2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
                .isBetween(2.0424, 2.0426);
        assertThat(ciede2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}))
                .isBetween(27.1491, 27.1493);
    }

    private static double hue(double b, double a) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
