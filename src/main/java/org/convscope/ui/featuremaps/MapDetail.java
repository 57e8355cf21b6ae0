package org.convscope.ui.featuremaps;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.ColorLegend;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Images;
import org.convscope.ui.common.PixelView;
import org.convscope.ui.common.ValueRange;

/**
 * The enlarged map: big square pixels with a grid, its own legend (the scale it was painted with),
 * its smallest, largest and mean value, and the value under the pointer.
 */
final class MapDetail extends VBox {
    private static final double SIZE = 264;
    private final FeatureMapsViewModel vm;
    private final Label title = new Label();
    private final PixelView pixels = new PixelView();
    private final ColorLegend legend = new ColorLegend();
    private final Label stats = new Label();
    private final Label readout = new Label();
    private final Button close = new Button(null, Icons.of(Icons.CLOSE));
    private TapImage tap;
    private int channel;
    private int[] hovered;

    MapDetail(FeatureMapsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("map-detail");
        setId("mapDetail");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        close.getStyleClass().addAll("flat", "button-icon");
        close.setId("closeDetail");
        close.setOnAction(e -> vm.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, close);
        head.setAlignment(Pos.TOP_LEFT);
        pixels.setId("detailPixels");
        pixels.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        pixels.setOnPixelHover((r, c) -> {
            hovered = new int[] {r, c};
            showReadout();
        });
        pixels.setOnPixelExit(() -> {
            hovered = null;
            showReadout();
        });
        stats.getStyleClass().add("detail-stats");
        readout.getStyleClass().add("detail-readout");
        readout.setWrapText(true);
        readout.setId("detailReadout");
        getChildren().addAll(head, pixels, legend, stats, readout);
    }

    void show(TapImage t, int ch) {
        tap = t;
        channel = ch;
        int w = t.shape().width(), h = t.shape().height();
        WritableImage img = Images.argb(t.argb(), ch * w * h, w, h);
        double cell = Math.max(1, Math.floor(SIZE / Math.max(w, h)));
        pixels.cellSizeProperty().set(cell);
        pixels.setGrid(cell >= 12);
        pixels.setImage(img);
        legend.mapProperty().set(t.map());
        legend.rangeProperty().set(t.rangeOf(ch).forMap(t.map()));
        refreshTexts();
    }

    void refreshTexts() {
        if (tap == null) return;
        title.setText(vm.i18n().get("featuremaps.detail.title", vm.tapTitle(tap), Integer.toString(channel)));
        legend.titleProperty().set(vm.i18n().get("featuremaps.detail.legend"));
        int size = tap.mapSize(), off = channel * size;
        ValueRange r = ValueRange.of(tap.values(), off, off + size);
        double sum = 0;
        for (int i = off; i < off + size; i++) sum += tap.values()[i];
        stats.setText(vm.i18n().get("featuremaps.detail.stats", Values.format(r.lo()), Values.format(r.hi()), Values.format(sum / size)));
        close.setTooltip(new Tooltip(vm.i18n().get("featuremaps.detail.close")));
        showReadout();
    }

    private void showReadout() {
        if (tap == null) return;
        readout.setText(hovered == null ? vm.i18n().get("featuremaps.detail.hint")
                : vm.describe(tap, channel, hovered[0], hovered[1]));
    }

    /** For tests. */
    PixelView pixels() {
        return pixels;
    }

    String readoutText() {
        return readout.getText();
    }
}
