package org.convscope.ui.explain;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.convscope.engine.explain.Explanation;
import org.convscope.ui.common.ColorLegend;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Images;
import org.convscope.ui.common.PixelView;

/**
 * The picture of an explanation: where the image comes from, the image with the map over it, and the colour
 * legend saying what the colours measure. The Explain view shows it; {@code explain --out} draws it alone.
 */
public final class ExplainPicture extends VBox {
    static final double CELL = 12; // screen pixels per image pixel: 28 × 12 = 336
    private final ExplainViewModel vm;
    private final I18n i18n;
    private final Label source = new Label();
    private final Label empty = new Label();
    private final PixelView overlay = new PixelView(); // the image with the map over it, one cell per pixel
    private final ColorLegend legend = new ColorLegend();

    public ExplainPicture(ExplainViewModel vm, I18n i18n) {
        super(8);
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("explain-picture");
        getStylesheets().add(ExplainPicture.class.getResource("/org/convscope/ui/explain/explain.css").toExternalForm());
        source.setId("explainSource");
        source.getStyleClass().add("explain-source");
        source.setWrapText(true);
        overlay.setId("explainOverlay");
        overlay.cellSizeProperty().set(CELL);
        legend.setId("explainLegend");
        empty.setId("explainEmpty");
        empty.getStyleClass().add("explain-empty");
        empty.setWrapText(true);
        getChildren().addAll(source, empty, overlay, legend);
        setMaxWidth(CELL * 28 + 4);
        setMinWidth(CELL * 28 + 4);
        vm.explanationProperty().addListener((o, a, e) -> show());
        vm.imageProperty().addListener((o, a, b) -> show());
        vm.busyProperty().addListener((o, a, b) -> show());
        vm.opacityProperty().addListener((o, a, b) -> paint());
        i18n.localeProperty().addListener((o, a, b) -> show());
        show();
    }

    /** The picture alone on the view's background, with a margin: a figure for slides ({@code explain --out}). */
    public static javafx.scene.layout.Region figure(ExplainViewModel vm, I18n i18n) {
        VBox figure = new VBox(new ExplainPicture(vm, i18n));
        figure.getStyleClass().add("explain-figure");
        figure.getStylesheets().add(ExplainPicture.class.getResource("/org/convscope/ui/explain/explain.css").toExternalForm());
        return figure;
    }

    /** The width of {@link #figure}, margins included. */
    public static double figureWidth() {
        return CELL * 28 + 4 + 2 * 16;
    }

    private void show() {
        Explanation e = vm.explanationProperty().get();
        boolean none = e == null;
        for (javafx.scene.Node n : java.util.List.of(overlay, legend)) {
            n.setVisible(!none);
            n.setManaged(!none);
        }
        empty.setVisible(none);
        empty.setManaged(none);
        empty.setText(i18n.get(vm.busyProperty().get() ? "explain.busy" : "explain.empty"));
        paint();
        legend.mapProperty().set(vm.colorMap());
        legend.rangeProperty().set(vm.displayRange());
        Locale l = i18n.locale();
        Integer index = vm.testIndexProperty().get(), truth = vm.trueLabelProperty().get();
        String from = index == null ? i18n.get("explain.source.drawing") : i18n.get("explain.source.test", Integer.toString(index));
        source.setText(truth == null ? from : from + " · " + i18n.get("explain.truth", vm.className(truth, l)));
        if (e == null) {
            legend.titleProperty().set("");
            return;
        }
        String layer = e.layer() < 0 ? null : vm.layerName(e.layer());
        legend.titleProperty().set(i18n.get("explain.legend." + e.method().id(), vm.className(e.classIndex(), l),
                layer == null ? "" : layer));
    }

    // the opacity changes only the blend, not the map
    private void paint() {
        Explanation e = vm.explanationProperty().get();
        float[] img = vm.imageProperty().get();
        overlay.setImage(e == null || img == null || img.length < e.map().length ? null : Images.argb(
                OverlayPixels.blend(img, e.map(), vm.colorMap(), vm.displayRange(), vm.opacityProperty().get()), 0, e.width(), e.height()));
    }

    PixelView overlay() {
        return overlay;
    }

    ColorLegend legend() {
        return legend;
    }
}
