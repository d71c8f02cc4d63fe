package org.corroborate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.corroborate.scheme.Layer;

/**
 * One tab per annotation layer (Claims, Attribution, Sources, Figures), as the editor and the curation page
 * show them: which layer a new span goes to.
 */
public class LayerTabs extends Tabs {

    private final Map<Tab, Layer> layers = new LinkedHashMap<>();

    /** Tabs with ids {@code idPrefix + layer code} ("layer-claim"). */
    public LayerTabs(String idPrefix) {
        for (Layer layer : Layer.values()) {
            Tab tab = new Tab(caption(layer));
            tab.setId(idPrefix + layer.code());
            layers.put(tab, layer);
            add(tab);
        }
        withoutFocusableScrollBox(this);
    }

    /**
     * vaadin-tabs (25.3) renders its scroll box as {@code <div part="tabs" tabindex="-1">} inside the tablist: a
     * focusable child that is not a tab, so screen readers (and axe: aria-required-children) see a broken tablist.
     * Our tab rows never scroll; the attribute is static in its template, so once removed it stays removed.
     */
    public static void withoutFocusableScrollBox(Tabs tabs) {
        tabs.addAttachListener(e -> tabs.getElement()
                .executeJs("customElements.whenDefined('vaadin-tabs')"
                        + ".then(() => this.updateComplete).then(() => {"
                        + " const box = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"tabs\"]');"
                        + " if (box) box.removeAttribute('tabindex'); })"));
    }

    /** Calls {@code listener} with the layer whenever another tab is chosen. */
    public Registration onLayerChange(Consumer<Layer> listener) {
        return addSelectedChangeListener(e -> {
            Layer layer = layers.get(e.getSelectedTab());
            if (layer != null) {
                listener.accept(layer);
            }
        });
    }

    public void selectLayer(Layer layer) {
        layers.forEach((tab, l) -> {
            if (l == layer) {
                setSelectedTab(tab);
            }
        });
    }

    /** Alt+1..4 choose the layers from anywhere in {@code scope}. */
    public void addAltShortcuts(Component scope) {
        int index = 0;
        for (Tab tab : layers.keySet()) {
            Key key = Key.of(String.valueOf(++index), "Digit" + index);
            Shortcuts.addShortcutListener(scope, () -> setSelectedTab(tab), key, KeyModifier.ALT);
        }
    }

    /** A layer's name as the screens show it. */
    public static String caption(Layer layer) {
        return switch (layer) {
            case CLAIM -> "Claims";
            case ATTRIBUTION -> "Attribution";
            case SOURCE -> "Sources";
            case FIGURE -> "Figures";
        };
    }
}
