package org.corroborate.export;

import java.util.EnumSet;
import java.util.Set;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/**
 * What to export and how.
 *
 * @param layers the annotation layers to include
 * @param pendingSuggestions include machine suggestions nobody has accepted yet (accepted ones are labels and
 *     always included, flagged; rejected ones never)
 * @param pseudonyms stable pseudonyms instead of annotators' usernames
 * @param split train/dev/test ratios, or null for no split
 * @param seed seed of the split: the same seed gives the same split
 * @param tokens add BIO-tagged tokens (a sheet, or token files in JSON Lines)
 * @param suggestionStats add a sheet of suggestion counts per detector and label
 * @param csvBom start CSV files with a byte-order mark so that Excel reads them as UTF-8
 * @param uncurated also export the gold sets of articles nobody has declared curated (by default a gold export
 *     holds curated articles only, so that an unfinished gold version never reads as a label)
 * @param unfinished also export annotators' sets that are not finished (by default only finished sets)
 */
public record ExportOptions(
        ExportFormat format,
        LabelChoice labels,
        Set<Layer> layers,
        boolean pendingSuggestions,
        boolean pseudonyms,
        @Nullable SplitRatios split,
        long seed,
        boolean tokens,
        boolean suggestionStats,
        boolean csvBom,
        boolean uncurated,
        boolean unfinished) {

    public ExportOptions {
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
    }

    /** Every layer, finished annotators' sets with usernames, no split, no tokens. */
    public static ExportOptions defaults(ExportFormat format) {
        return new ExportOptions(
                format,
                LabelChoice.ANNOTATORS,
                EnumSet.allOf(Layer.class),
                false,
                false,
                null,
                0,
                false,
                false,
                false,
                false,
                false);
    }

    public ExportOptions withLabels(LabelChoice choice) {
        return new ExportOptions(
                format,
                choice,
                layers,
                pendingSuggestions,
                pseudonyms,
                split,
                seed,
                tokens,
                suggestionStats,
                csvBom,
                uncurated,
                unfinished);
    }

    public ExportOptions withSplit(@Nullable SplitRatios ratios, long seed) {
        return new ExportOptions(
                format,
                labels,
                layers,
                pendingSuggestions,
                pseudonyms,
                ratios,
                seed,
                tokens,
                suggestionStats,
                csvBom,
                uncurated,
                unfinished);
    }

    public ExportOptions withTokens(boolean tokens) {
        return new ExportOptions(
                format,
                labels,
                layers,
                pendingSuggestions,
                pseudonyms,
                split,
                seed,
                tokens,
                suggestionStats,
                csvBom,
                uncurated,
                unfinished);
    }

    public ExportOptions withPseudonyms(boolean pseudonyms) {
        return new ExportOptions(
                format,
                labels,
                layers,
                pendingSuggestions,
                pseudonyms,
                split,
                seed,
                tokens,
                suggestionStats,
                csvBom,
                uncurated,
                unfinished);
    }

    public ExportOptions withSuggestions(boolean pendingSuggestions, boolean suggestionStats) {
        return new ExportOptions(
                format,
                labels,
                layers,
                pendingSuggestions,
                pseudonyms,
                split,
                seed,
                tokens,
                suggestionStats,
                csvBom,
                uncurated,
                unfinished);
    }

    public ExportOptions withLayers(Set<Layer> layers) {
        return new ExportOptions(
                format,
                labels,
                layers,
                pendingSuggestions,
                pseudonyms,
                split,
                seed,
                tokens,
                suggestionStats,
                csvBom,
                uncurated,
                unfinished);
    }

    public ExportOptions withCsvBom(boolean bom) {
        return new ExportOptions(
                format,
                labels,
                layers,
                pendingSuggestions,
                pseudonyms,
                split,
                seed,
                tokens,
                suggestionStats,
                bom,
                uncurated,
                unfinished);
    }

    /** Whether gold sets of uncurated articles and unfinished annotators' sets are exported too. */
    public ExportOptions withUnfinishedWork(boolean uncurated, boolean unfinished) {
        return new ExportOptions(
                format,
                labels,
                layers,
                pendingSuggestions,
                pseudonyms,
                split,
                seed,
                tokens,
                suggestionStats,
                csvBom,
                uncurated,
                unfinished);
    }
}
