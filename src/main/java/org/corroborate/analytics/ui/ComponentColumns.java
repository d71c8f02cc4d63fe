package org.corroborate.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.corroborate.analytics.Components;
import org.jspecify.annotations.Nullable;

/** The same component columns on every analytics grid, so articles and outlets read alike. */
final class ComponentColumns {

    private ComponentColumns() {}

    static <T> void add(Grid<T> grid, Function<T, Components> of) {
        count(grid, "Attributions", t -> of.apply(t).attributions());
        grid.addColumn(t -> of.apply(t).claimsAttributed() + " / " + of.apply(t).claims())
                .setHeader("Claims attributed")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(t -> of.apply(t).claimsAttributed());
        count(grid, "Source mentions", t -> of.apply(t).sourceMentions());
        count(grid, "Named person", t -> of.apply(t).sourcesByType().namedPerson());
        count(grid, "Named organisation", t -> of.apply(t).sourcesByType().namedOrganisation());
        count(grid, "Unnamed individual", t -> of.apply(t).sourcesByType().unnamedIndividual());
        count(grid, "Unnamed group", t -> of.apply(t).sourcesByType().unnamedGroup());
        count(grid, "Document", t -> of.apply(t).sourcesByType().document());
        count(grid, "Anonymous", t -> of.apply(t).anonymousMentions());
        share(grid, "Anonymous share", t -> of.apply(t).anonymousShare());
        share(grid, "Anonymous words", t -> of.apply(t).anonymousWordShare());
        grid.addColumn(t -> of.apply(t).reasonsGiven() + " / " + of.apply(t).anonymousMentions())
                .setHeader("Reason given")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(t -> of.apply(t).reasonsGiven());
        grid.addColumn(t -> of.apply(t).hedged() + " / " + of.apply(t).asserted())
                .setHeader("Hedged / asserted")
                .setAutoWidth(true);
        count(grid, "Figures", t -> of.apply(t).figures());
        count(grid, "Consistent", t -> of.apply(t).verdicts().consistent());
        count(grid, "In conflict", t -> of.apply(t).verdicts().conflict());
    }

    private static <T> void count(Grid<T> grid, String header, ToLongFunction<T> value) {
        grid.addColumn(value::applyAsLong)
                .setHeader(header)
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(t -> value.applyAsLong(t));
    }

    private static <T> void share(Grid<T> grid, String header, Function<T, @Nullable Double> value) {
        grid.addColumn(t -> Components.percent(value.apply(t)))
                .setHeader(header)
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator((a, b) -> Double.compare(orMinus(value.apply(a)), orMinus(value.apply(b))));
    }

    private static double orMinus(@Nullable Double d) {
        return d == null ? -1 : d;
    }
}
