package org.convscope.ui.featuremaps;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.ColorLegend;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Normalization;

/**
 * One layer output: what it is (a sentence), how many maps, the colour legend with its numbers,
 * and the maps themselves (a grid of maps, a heat bar, or the class probabilities).
 */
final class TapRow extends VBox {
    private final FeatureMapsViewModel vm;
    private final Label caption = new Label();
    private final Label count = new Label();
    private final ColorLegend legend = new ColorLegend();
    private final Node visual;
    private TapImage tap;

    TapRow(FeatureMapsViewModel vm, TapImage first, MapEvents events) {
        this.vm = vm;
        getStyleClass().add("tap-row");
        caption.getStyleClass().add("tap-caption");
        caption.setWrapText(true);
        count.getStyleClass().add("tap-count");
        legend.getStyleClass().add("tap-legend");
        VBox words = new VBox(2, caption, count);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox head = new HBox(12, words);
        head.setAlignment(Pos.TOP_LEFT);
        head.getStyleClass().add("tap-head");
        if (first.probabilities()) {
            visual = new ProbabilityBars(vm);
        } else if (first.image()) {
            MapGrid grid = new MapGrid();
            grid.setEvents(events);
            grid.inkProperty().bind(caption.textFillProperty());
            visual = grid;
            head.getChildren().add(legend);
        } else {
            VectorStrip strip = new VectorStrip();
            strip.setEvents(events);
            strip.inkProperty().bind(caption.textFillProperty());
            visual = strip;
            head.getChildren().add(legend);
        }
        getChildren().addAll(head, visual);
        show(first);
    }

    void show(TapImage t) {
        tap = t;
        if (visual instanceof MapGrid g) g.show(t, vm.mapSizeProperty().get());
        else if (visual instanceof VectorStrip s) s.show(t);
        legend.mapProperty().set(t.map());
        legend.rangeProperty().set(t.legendRange());
        refreshTexts();
    }

    void refreshTexts() {
        I18n i18n = vm.i18n();
        // class names are in the UI language, so the bars are refreshed with the texts
        if (visual instanceof ProbabilityBars b && vm.frameProperty().get() != null) b.show(vm.frameProperty().get().classes());
        caption.setText(i18n.get(TapTexts.captionKey(tap)));
        if (tap.image()) {
            count.setText(i18n.get("featuremaps.count.maps", tap.mapCount(), tap.shape().height(), tap.shape().width()));
        } else {
            count.setText(i18n.get("featuremaps.count.values", tap.shape().size()));
        }
        Normalization n = tap.tapIndex() == TapImage.INPUT ? Normalization.PER_LAYER : vm.normalizationProperty().get();
        legend.titleProperty().set(i18n.get(switch (n) {
            case PER_MAP -> tap.image() ? "featuremaps.legend.perMap" : "featuremaps.legend.perLayer";
            case PER_LAYER -> "featuremaps.legend.perLayer";
            case GLOBAL -> "featuremaps.legend.global";
        }));
    }

    void setSelectedMap(int channel) {
        if (visual instanceof MapGrid g) g.setSelected(channel);
    }

    TapImage tap() {
        return tap;
    }

    Node visual() {
        return visual;
    }
}
