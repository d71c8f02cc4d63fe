package org.corroborate.export;

import static org.corroborate.export.Column.bool;
import static org.corroborate.export.Column.date;
import static org.corroborate.export.Column.decimal;
import static org.corroborate.export.Column.integer;
import static org.corroborate.export.Column.text;
import static org.corroborate.export.Column.timestamp;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.scheme.Layer;

/**
 * The sheets of an export and their documented columns. The workbook's About sheet and the CSV files'
 * {@code about.csv} are generated from these specs, and the writers fill rows in this column order. The columns
 * that carry annotation attributes are the scheme's ({@link Layer#columns()}), declared with the attributes.
 */
public final class ExportSheets {

    private ExportSheets() {}

    private static final String OFFSETS = " Offsets count Unicode code points of the article's Text column (as Python"
            + " strings do), start inclusive, end exclusive.";

    static final Column ARTICLE_ID = integer("Article ID", "The article's id in Corroborate; joins every sheet.");
    static final Column SPLIT = text(
            "Split",
            8,
            "train, dev or test when the export was split by story (a story"
                    + " never spans two splits); empty without a split.");
    static final Column LABEL_SET = text(
            "Label set",
            16,
            "Whose labels: 'gold' for the article's curated gold"
                    + " version, else the annotator's username (or stable pseudonym); an annotator whose username is 'gold'"
                    + " appears as 'annotator:gold'. Spelt the same in every sheet and file.");
    static final Column SET_STATUS = text(
            "Set status",
            12,
            "How far the label set is: finished, in_progress,"
                    + " not_started or skipped; gold is finished when the article is curated. By default only finished sets"
                    + " are exported (About: Options).");

    /** Columns every per-layer span sheet starts with. */
    private static List<Column> spanColumns(String labelMeaning) {
        return List.of(
                ARTICLE_ID,
                SPLIT,
                LABEL_SET,
                SET_STATUS,
                integer("Annotation ID", "The annotation's id in Corroborate."),
                text("Label", 20, labelMeaning),
                integer("Start", "Where the span starts." + OFFSETS),
                integer("End", "Where the span ends (exclusive)." + OFFSETS),
                text("Text", 50, "The annotated text, exactly as in the article."),
                text(
                        "Suggested by",
                        14,
                        "The detector that proposed this span (a machine suggestion), empty when a"
                                + " person marked it."),
                text(
                        "Review",
                        10,
                        "For suggestions: accepted, or pending when the export includes suggestions"
                                + " nobody has reviewed; empty for spans people marked."));
    }

    /** Columns a layer's sheet derives from the label, between the span columns and the attribute columns. */
    static final Column ANONYMOUS = bool("Anonymous", "TRUE for unnamed individuals and groups.");

    static List<Column> labelColumns(Layer layer) {
        return layer == Layer.SOURCE ? List.of(ANONYMOUS) : List.of();
    }

    /** The columns the scheme declares for the layer's attributes ({@link Layer#columns()}). */
    static List<Column> attributeColumns(Layer layer) {
        return layer.columns().stream().map(Column::of).toList();
    }

    /** A per-layer span sheet: span columns, label columns, then the columns of the layer's attributes. */
    private static List<Column> layerColumns(Layer layer, String labelMeaning) {
        List<Column> all = new ArrayList<>(spanColumns(labelMeaning));
        all.addAll(labelColumns(layer));
        all.addAll(attributeColumns(layer));
        return all;
    }

    private static List<Column> frameColumns(List<Column> beforeCertainty, List<Column> after) {
        List<Column> all = new ArrayList<>(beforeCertainty);
        all.addAll(attributeColumns(Layer.ATTRIBUTION)); // the cue's attributes
        all.addAll(after);
        return all;
    }

    public static final SheetSpec ABOUT = new SheetSpec(
            "About",
            "one fact about the export, or one sheet or column" + " of it (the data dictionary)",
            List.of(
                    text("Section", 12, "Export, Option, Label, Note, Sheet or Column."),
                    text("Name", 34, "What the row describes; for columns 'Sheet › Column'."),
                    text("Value", 30, "The fact's value; for columns their type."),
                    text("Meaning", 100, "What it means.")));

    public static final SheetSpec ARTICLES = SheetSpec.of(
            "Articles",
            "one article",
            List.of(
                    ARTICLE_ID,
                    SPLIT,
                    text("Story", 16, "The story the split keeps together; an article in no story is its own story."),
                    integer(
                            "Near-duplicate group",
                            "Articles that rewrite one copy (near-duplicates a manager confirmed or"
                                    + " flagged) share this number, the smallest article id of the group; empty for an article without"
                                    + " near-duplicates. Group or deduplicate by it; a split keeps a group together."),
                    bool("Curated", "TRUE when a curator declared the article's gold version final."),
                    text(
                            "Label sets",
                            30,
                            "The label sets exported for this article and their status, e.g. 'gold"
                                    + " (finished); alice (finished)'. A label set without spans of a layer says that layer has none"
                                    + " in this article; an article is exported only with a label set (About: Options)."),
                    text("Title", 40, "The headline."),
                    text("Outlet", 18, "Who published it, when known."),
                    text("URL", 30, "Where it was published, when known."),
                    text("Author", 18, "Byline, when known."),
                    date("Published", "Publication date, when known."),
                    integer("Words", "Words in the cleaned text."),
                    integer("Characters", "Length of the text in Unicode code points."),
                    timestamp("Imported at", "When the article was imported (UTC)."),
                    text("Source file", 24, "The file it was imported from."),
                    text("Text", 60, "The cleaned text every offset points into (web noise set aside).")));

    public static final SheetSpec CLAIMS = SheetSpec.of(
            "Claims",
            "one claim span of one label set",
            layerColumns(
                    Layer.CLAIM,
                    "Claim type (factual, statistical, quote, prediction, opinion, other, or the"
                            + " project's own)."));

    public static final SheetSpec ATTRIBUTIONS = SheetSpec.of(
            "Attributions",
            "one attribution frame (PARC style:" + " source, cue, content) of one label set",
            frameColumns(
                    List.of(
                            ARTICLE_ID,
                            SPLIT,
                            LABEL_SET,
                            SET_STATUS,
                            text("Frame", 12, "The frame's id; the Spans sheet's rows with this Frame are its parts."),
                            text("Cue", 16, "The reporting verb or phrase (said, told, according to)."),
                            integer("Cue start", "Where the cue starts." + OFFSETS),
                            integer("Cue end", "Where the cue ends.")),
                    List.of(
                            text("Source", 30, "Who is reported (empty for an attribution without a source)."),
                            integer("Source start", "Where the source starts." + OFFSETS),
                            integer("Source end", "Where the source ends."),
                            text(
                                    "Source type",
                                    18,
                                    "The label of the source mention at the same span (Sources sheet), if any."),
                            text("Content", 60, "What is reported; parts split around the cue are joined with ' … '."),
                            integer("Content start", "Where the first content part starts." + OFFSETS),
                            integer("Content end", "Where the last content part ends."),
                            text("Content parts", 16, "Every content part as start-end, separated by '; '."),
                            text(
                                    "Suggested by",
                                    14,
                                    "The detector that proposed the frame's parts, if machine-suggested."),
                            text("Review", 10, "For suggested frames: accepted or pending (the cue's review)."))));

    public static final SheetSpec SOURCES = SheetSpec.of(
            "Sources",
            "one source mention of one label set",
            layerColumns(
                    Layer.SOURCE,
                    "Source type: named-person, named-organisation, unnamed-individual,"
                            + " unnamed-group (these two are anonymous sourcing), document, pronoun."));

    public static final SheetSpec FIGURES = SheetSpec.of(
            "Figures",
            "one figure (number, amount, date) of one label set",
            layerColumns(
                    Layer.FIGURE, "What kind of figure: money, percent, count, length, duration, date," + " other."));

    /** The per-layer span sheets; the attribution layer's attributes go to its frame sheet (the cue's). */
    static SheetSpec sheetOf(Layer layer) {
        return switch (layer) {
            case CLAIM -> CLAIMS;
            case ATTRIBUTION -> ATTRIBUTIONS;
            case SOURCE -> SOURCES;
            case FIGURE -> FIGURES;
        };
    }

    public static final SheetSpec SPANS = SheetSpec.of(
            "Spans",
            "one annotation of any layer (the form Corroborate" + " re-imports)",
            List.of(
                    ARTICLE_ID,
                    SPLIT,
                    LABEL_SET,
                    SET_STATUS,
                    integer("Annotation ID", "The annotation's id in Corroborate."),
                    text("Layer", 11, "claim, attribution, source or figure."),
                    text("Label", 18, "The label within the layer."),
                    integer("Start", "Where the span starts." + OFFSETS),
                    integer("End", "Where the span ends (exclusive)."),
                    text("Text", 40, "The annotated text."),
                    text("Frame", 12, "For attribution parts: the frame they belong to."),
                    text(
                            "Attributes",
                            40,
                            "Every attribute as a JSON object of strings (offsets inside it, such as"
                                    + " reasonStart, are code points too)."),
                    text("Suggested by", 14, "The detector that proposed it, if machine-suggested."),
                    text("Review", 10, "For suggestions: accepted or pending.")));

    public static final SheetSpec TOKENS = SheetSpec.of(
            "Tokens",
            "one token, with one BIO tag per layer",
            List.of(
                    ARTICLE_ID,
                    SPLIT,
                    LABEL_SET,
                    SET_STATUS,
                    integer("Sentence", "Sentence number within the article, from 0."),
                    integer("Token", "Token number within the sentence, from 0."),
                    text("Word", 16, "The token's text."),
                    integer("Start", "Where the token starts." + OFFSETS),
                    integer("End", "Where the token ends."),
                    text("Claim tag", 16, "B-label on a claim's first token, I-label inside, O outside."),
                    text("Attribution tag", 16, "The same for attribution parts (cue, source, content)."),
                    text("Source tag", 22, "The same for source mentions."),
                    text("Figure tag", 14, "The same for figures.")));

    public static final SheetSpec SUGGESTIONS = SheetSpec.of(
            "Suggestions",
            "one detector and label: what happened to" + " its suggestions",
            List.of(
                    text("Layer", 11, "The layer."),
                    text("Label", 18, "The label."),
                    text("Detector", 14, "The detector that made the suggestions."),
                    integer("Suggested", "Suggestions made (all annotators in the export)."),
                    integer("Accepted", "Accepted by the annotator."),
                    integer("Rejected", "Rejected by the annotator."),
                    integer("Pending", "Not reviewed yet."),
                    decimal("Acceptance rate", "Accepted / (accepted + rejected); empty when none was reviewed.")));

    public static final SheetSpec RECONCILIATION = SheetSpec.of(
            "Reconciliation",
            "one figure in a slot of a story",
            List.of(
                    integer("Story id", "The story (articles of one event) the slot belongs to."),
                    text("Story", 30, "The story's title."),
                    integer("Slot id", "The slot: figures of the story that measure one thing."),
                    text("Slot", 30, "What the slot's figures measure, as the reconciler titled it."),
                    text(
                            "Automatic verdict",
                            16,
                            "From the intervals alone: consistent (they overlap), compatible"
                                    + " (only within the project's approximation width), conflict (disjoint), not comparable,"
                                    + " single report."),
                    text(
                            "Verdict",
                            16,
                            "The reconciler's verdict: consistent, conflict, different scope, superseded,"
                                    + " error in an article; empty when none yet."),
                    integer("Article in error", "For the verdict 'error in an article': which article."),
                    text("Accepted value", 24, "The value the reconciler accepts for the slot, as they wrote it."),
                    text("Rationale", 40, "Why, in the reconciler's words."),
                    text("Decided by", 14, "Who recorded the verdict."),
                    timestamp("Decided at", "When the verdict was recorded (UTC)."),
                    integer("Independent reports", "Articles reporting the slot, rewrites of one copy counted once."),
                    integer("Article id", "The article this figure is written in."),
                    text("Split", 6, "The article's split (train, dev, test) when the export is split."),
                    integer("Start", "Where the figure starts." + OFFSETS),
                    integer("End", "Where the figure ends (exclusive)." + OFFSETS),
                    text("Figure as written", 24, "The figure as the article writes it."),
                    text("Said by", 20, "The source of the attribution that reports the figure, as written."),
                    text("Reading", 24, "The figure's normalised interval, or 'not understood'."),
                    bool("Conflicting", "Disjoint from another figure of the slot even with the tolerance."),
                    text("Origin", 10, "annotated (by a person or gold) or detected (by the figure detector).")));

    public static final SheetSpec AGREEMENT = SheetSpec.of(
            "Agreement",
            "one agreement figure",
            List.of(
                    text("Layer", 12, "The annotation layer compared: claim, attribution, source or figure."),
                    text(
                            "Scope",
                            24,
                            "What the figure covers: the project, a pair of annotators (a / b), a label, or an"
                                    + " article (its id)."),
                    text(
                            "Measure",
                            24,
                            "Fleiss' kappa, Krippendorff's alpha (labels at matched positions), unitizing"
                                    + " alpha (positions), Cohen's kappa (pairs) or frame alpha (whole attribution frames)."),
                    decimal(
                            "Value",
                            "The figure: 1 is perfect agreement, 0 what chance would give; empty when the"
                                    + " data cannot carry the measure (see Note)."),
                    integer("Units", "How many positions (or frames) the figure rests on."),
                    integer(
                            "Articles",
                            "How many articles the figure rests on: only articles every compared annotator"
                                    + " finished (Compared says which work counts)."),
                    text("Annotators", 24, "The annotators compared, by username."),
                    text(
                            "Compared",
                            30,
                            "Which work the figure compares, e.g. finished sets of articles every compared"
                                    + " annotator finished."),
                    text("Note", 24, "Why a figure is empty, when it is.")));

    private static final String COUNTS = "Which annotations the analytics count: gold (the curated gold of curated"
            + " articles; the export's default when it takes gold labels) or majority (a span counts when more than"
            + " half of an article's finished sets have it; when it takes annotators' labels). Unfinished sets never"
            + " count. The headless 'analytics' command gives the other choices.";

    private static final List<Column> COMPONENTS = List.of(
            integer("Attributions", "Attribution cues counted."),
            integer("Claims", "Claims counted."),
            integer("Claims attributed", "Claims that overlap an attributed content."),
            integer("Source mentions", "Source mentions counted."),
            integer("Named person", "Mentions of a named person, pronouns resolved to one included."),
            integer("Named organisation", "Mentions of a named organisation, pronouns resolved to one included."),
            integer("Unnamed individual", "Mentions of one person never named in the article (anonymous)."),
            integer("Unnamed group", "Mentions of an unnamed plural or collective (anonymous)."),
            integer("Document", "Mentions of a document, report, poll or statement."),
            integer("Pronoun unresolved", "Pronouns with no antecedent mention and no canonical source."),
            integer(
                    "Pronouns resolved",
                    "Pronouns counted as their antecedent's type (its canonical source's kind,"
                            + " else the nearest named mention before it, else after it)."),
            integer("Anonymous mentions", "Unnamed individuals plus unnamed groups."),
            decimal("Anonymous share", "Anonymous mentions / source mentions; empty when there are none."),
            integer("Reasons given", "Anonymous mentions whose reason for anonymity is given."),
            integer("Content words", "Words of attributed contents (split at spaces)."),
            integer("Anonymous words", "Words of attributed contents whose source is anonymous."),
            decimal("Anonymous word share", "Anonymous words / content words; empty when there are none."),
            integer("Hedged cues", "Cues marked hedged."),
            integer("Asserted cues", "Cues marked asserted."),
            integer("Figures", "Figures counted."),
            integer(
                    "Figures consistent",
                    "Figures on the reconciliation board in a slot judged consistent (or whose"
                            + " error is in another article)."),
            integer("Figures in conflict", "Figures in a slot judged in conflict, or whose error is in this article."),
            integer("Figures superseded", "Figures in a slot judged superseded."));

    private static List<Column> analyticsColumns(List<Column> first, List<Column> last) {
        List<Column> all = new ArrayList<>(first);
        all.addAll(COMPONENTS);
        all.addAll(last);
        return all;
    }

    public static final SheetSpec ANALYTICS = SheetSpec.of(
            "Analytics",
            "one article's sourcing components",
            analyticsColumns(
                    List.of(
                            integer("Article id", "The article."),
                            text("Title", 30, "The article's title."),
                            text("Outlet", 18, "The article's outlet."),
                            text("Counts", 12, COUNTS),
                            bool(
                                    "Counted",
                                    "Whether anything of that kind exists for the article; when not, its zeros"
                                            + " mean 'not counted'.")),
                    List.of(bool("Near-duplicate", "Flagged or confirmed as a rewrite of another article's copy."))));

    public static final SheetSpec OUTLETS = SheetSpec.of(
            "Outlets",
            "one outlet's sourcing components, summed",
            analyticsColumns(
                    List.of(
                            text("Outlet", 18, "The outlet; empty for articles without one."),
                            text("Counts", 12, COUNTS),
                            integer("Articles", "The outlet's articles in the project."),
                            integer(
                                    "Articles counted",
                                    "Of those, the articles that count (a small sample shows as small).")),
                    List.of(integer("Near-duplicates", "Articles flagged or confirmed as rewrites."))));

    public static final SheetSpec SOURCE_RECORDS = SheetSpec.of(
            "Source records",
            "one canonical source of the registry across the project",
            List.of(
                    integer("Source id", "The canonical source (the registry entry)."),
                    text("Name", 24, "Its name in the registry."),
                    text("Kind", 12, "person, organisation, group, document or other."),
                    text("Counts", 12, COUNTS),
                    integer("Mentions", "Source mentions linked to it."),
                    integer("Articles", "Articles with such a mention."),
                    integer("Stories", "Stories of those articles."),
                    integer("Attributions", "Attributed contents whose frame's source is such a mention."),
                    integer("Claims", "Claims overlapping those contents."),
                    integer("Figures", "Figures those attributions report."),
                    integer("Agree", "Of those figures on the reconciliation board: in a slot judged consistent."),
                    integer("Conflict", "In a slot judged in conflict, or the error is in its article."),
                    integer("Superseded", "In a slot judged superseded.")));

    /** The data sheets of every export, in tab order after About; each is present even when empty. */
    public static final List<SheetSpec> DATA =
            List.of(ARTICLES, CLAIMS, ATTRIBUTIONS, SOURCES, FIGURES, SPANS, TOKENS, SUGGESTIONS);

    /** Sheets other features fill ({@link ExportSheetContributor}); present, with headers only, when they have nothing. */
    public static final List<SheetSpec> CONTRIBUTED =
            List.of(RECONCILIATION, AGREEMENT, ANALYTICS, OUTLETS, SOURCE_RECORDS);

    /** Every sheet after About, in tab order. */
    public static List<SheetSpec> all() {
        List<SheetSpec> all = new ArrayList<>(DATA);
        all.addAll(CONTRIBUTED);
        return all;
    }
}
