package org.corroborate.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;

/**
 * Works around Vaadin 25.3's grid tooltips: the generator Grid installs on its {@code <vaadin-tooltip>}
 * destructures {@code item} unchecked, and the tooltip calls it at once with its empty default context (and again
 * over header cells), so every grid with a tooltip generator logged "Cannot destructure property 'gridtooltips' of
 * 'item'". This replaces it, right after Grid's own, with the same lookup that tolerates a missing item.
 */
public final class GridTooltips {

    private static final String NULL_SAFE_GENERATOR = """
            this.generator = (context) => {
                const tooltips = context && context.item && context.item.gridtooltips;
                if (!tooltips) {
                    return '';
                }
                return (context.column ? tooltips[context.column._flowId] : null) ?? tooltips.row ?? '';
            };""";

    private GridTooltips() {}

    /** Call after the grid's (or its columns') tooltip generators are set; calling it again changes nothing. */
    public static void nullSafe(Grid<?> grid) {
        if (ComponentUtil.getData(grid, GridTooltips.class) != null) {
            return;
        }
        grid.getElement()
                .getChildren()
                .filter(child ->
                        "vaadin-tooltip".equals(child.getTag()) && "tooltip".equals(child.getAttribute("slot")))
                .findFirst()
                .ifPresent(tooltip -> {
                    ComponentUtil.setData(grid, GridTooltips.class, new GridTooltips());
                    replaceGenerator(tooltip);
                });
    }

    private static void replaceGenerator(Element tooltip) {
        // Registered after Grid's listener, so it runs after Grid's script and before the tooltip first renders.
        tooltip.addAttachListener(e -> tooltip.executeJs(NULL_SAFE_GENERATOR));
        if (tooltip.getNode().isAttached()) {
            tooltip.executeJs(NULL_SAFE_GENERATOR);
        }
    }
}
