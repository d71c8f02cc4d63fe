package org.corroborate.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A chart drawn by Apache ECharts in the {@code <corro-chart>} element (frontend/src/corro-chart.ts), with its
 * numbers as a table under "Show as table" and buttons to download it as PNG or SVG. The one chart component of
 * the app: exercise results and analytics pages use it, each building a {@link ChartSpec}.
 */
@Tag("corro-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./src/corro-chart.ts")
public class Chart extends Component {

    private @Nullable ChartSpec spec;

    public Chart() {
        // As wide as its container, also in a layout that sizes children to their content.
        getElement().getStyle().set("width", "100%").set("align-self", "stretch");
    }

    public Chart(ChartSpec spec) {
        this();
        setSpec(spec);
    }

    /** Draws this chart instead of the one shown. */
    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        getElement().setProperty("data", spec.toJson());
    }

    /** The chart shown, if any. */
    public Optional<ChartSpec> getSpec() {
        return Optional.ofNullable(spec);
    }
}
