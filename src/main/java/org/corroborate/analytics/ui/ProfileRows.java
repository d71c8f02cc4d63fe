package org.corroborate.analytics.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.corroborate.analytics.ArticleProfile;
import org.corroborate.analytics.Components;
import org.corroborate.analytics.CountedSpan;
import org.corroborate.scheme.Labels;
import org.corroborate.scheme.Layer;
import org.jspecify.annotations.Nullable;

/** The lines of an article's profile: a component, its value, and which counted spans are behind it. */
final class ProfileRows {

    record Row(
            String id,
            String component,
            String value,
            @Nullable Predicate<CountedSpan> spans) {}

    private ProfileRows() {}

    static List<Row> of(ArticleProfile profile) {
        Components c = profile.components();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "attributions", "Attributions", Long.toString(c.attributions()), is(Layer.ATTRIBUTION, Labels.CUE)));
        rows.add(new Row(
                "claims",
                "Claims attributed",
                c.claimsAttributed() + " of " + c.claims() + " (" + Components.percent(c.claimsAttributedShare()) + ")",
                s -> s.layer() == Layer.CLAIM));
        rows.add(new Row(
                "mentions", "Source mentions", Long.toString(c.sourceMentions()), s -> s.layer() == Layer.SOURCE));
        rows.add(type("named-person", "Named person", c.sourcesByType().namedPerson()));
        rows.add(type(
                "named-organisation", "Named organisation", c.sourcesByType().namedOrganisation()));
        rows.add(type(
                "unnamed-individual", "Unnamed individual", c.sourcesByType().unnamedIndividual()));
        rows.add(type("unnamed-group", "Unnamed group", c.sourcesByType().unnamedGroup()));
        rows.add(type("document", "Document", c.sourcesByType().document()));
        rows.add(new Row(
                "pronouns",
                "Pronouns resolved to their antecedent's type",
                Long.toString(c.sourcesByType().pronounsResolved()),
                s -> s.layer() == Layer.SOURCE && s.label().equals(Labels.PRONOUN)));
        rows.add(new Row(
                "anonymous",
                "Anonymous mentions",
                c.anonymousMentions() + " of " + c.sourceMentions() + " (" + Components.percent(c.anonymousShare())
                        + ")",
                CountedSpan::anonymous));
        rows.add(new Row(
                "anonymous-words",
                "Anonymous share of attributed words",
                c.anonymousWords() + " of " + c.contentWords() + " words (" + Components.percent(c.anonymousWordShare())
                        + ")",
                s -> s.layer() == Layer.ATTRIBUTION && s.label().equals(Labels.CONTENT) && s.anonymousContent()));
        rows.add(new Row(
                "reasons",
                "Reason for anonymity given",
                c.reasonsGiven() + " of " + c.anonymousMentions() + " (" + Components.percent(c.reasonShare()) + ")",
                s -> s.anonymous() && s.reasonGiven()));
        rows.add(new Row("hedged", "Hedged cues", Long.toString(c.hedged()), s -> "hedged".equals(s.certainty())));
        rows.add(new Row(
                "asserted", "Asserted cues", Long.toString(c.asserted()), s -> "asserted".equals(s.certainty())));
        rows.add(new Row("figures", "Figures", Long.toString(c.figures()), s -> s.layer() == Layer.FIGURE));
        rows.add(new Row(
                "figures-board",
                "Figures on the reconciliation board",
                c.verdicts().consistent()
                        + " consistent, " + c.verdicts().conflict() + " in conflict, "
                        + c.verdicts().superseded()
                        + " superseded, " + c.verdicts().differentScope() + " of a different scope, "
                        + c.verdicts().undecided()
                        + " undecided",
                null));
        rows.add(new Row(
                "near-duplicate",
                "Near-duplicate (a rewrite of another article's copy)",
                profile.nearDuplicate() ? "yes" : "no",
                null));
        return rows;
    }

    private static Row type(String id, String caption, long value) {
        return new Row(id, caption, Long.toString(value), s -> id.equals(s.sourceType()));
    }

    private static Predicate<CountedSpan> is(Layer layer, String label) {
        return s -> s.layer() == layer && s.label().equals(label);
    }
}
