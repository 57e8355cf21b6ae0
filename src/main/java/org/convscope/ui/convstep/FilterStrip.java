package org.convscope.ui.convstep;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.Heatmap;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.WhenShown;
import org.convscope.ui.stepper.MapColors;

/**
 * "More filters → more output channels": every filter's output map of the layer in a row of small
 * images, the current one outlined; a click steps through that filter instead. The images are
 * drawn off the FX thread, each map on its own colour scale so every pattern shows.
 */
final class FilterStrip extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double THUMB = 22;
    private final ConvStepModel model;
    private final Label title = new Label();
    private final FlowPane thumbs = new FlowPane(3, 3);
    private final Latest<ConvLayerTaps, List<WritableImage>> painter;

    FilterStrip(ConvStepModel model, I18n i18n, TaskRunner tasks) {
        this.model = model;
        getStyleClass().add("filter-strip");
        title.getStyleClass().add("arith-title");
        thumbs.setId("filterThumbs");
        getChildren().addAll(title, thumbs);
        painter = new Latest<>(tasks, FilterStrip::paint, this::show);
        WhenShown paint = new WhenShown(this, () -> {
            if (model.currentProperty().get() != null) painter.submit(model.currentProperty().get());
        });
        model.currentProperty().addListener((o, a, t) -> {
            if (t == null) thumbs.getChildren().clear();
            else paint.request();
            updateTitle(i18n);
        });
        model.filterProperty().addListener((o, a, b) -> select());
        i18n.localeProperty().addListener((o, a, b) -> updateTitle(i18n));
        if (model.currentProperty().get() != null) painter.submit(model.currentProperty().get());
        updateTitle(i18n);
    }

    private void updateTitle(I18n i18n) {
        ConvLayerTaps t = model.currentProperty().get();
        title.setText(t == null ? "" : i18n.get("convstep.filters", t.filters()));
    }

    private static List<WritableImage> paint(ConvLayerTaps t) {
        ConvGeometry g = t.geometry();
        float[] out = t.a() != null ? t.a() : t.z();
        int n = g.positions();
        return java.util.stream.IntStream.range(0, t.filters()).mapToObj(f -> {
            MapColors c = MapColors.of(out, f * n, (f + 1) * n, false);
            return Heatmap.image(out, f * n, g.outWidth(), g.outHeight(), c.map(), c.range());
        }).toList();
    }

    private void show(List<WritableImage> images) {
        var kids = thumbs.getChildren();
        if (kids.size() != images.size()) {
            kids.clear();
            for (int f = 0; f < images.size(); f++) {
                ImageView view = new ImageView();
                view.setSmooth(false);
                view.setFitWidth(THUMB);
                view.setFitHeight(THUMB);
                view.setPreserveRatio(true);
                StackPane frame = new StackPane(view);
                frame.getStyleClass().add("filter-thumb");
                int index = f;
                frame.setOnMouseClicked(e -> model.filterProperty().set(index));
                kids.add(frame);
            }
        }
        for (int f = 0; f < images.size(); f++) ((ImageView) ((StackPane) kids.get(f)).getChildren().get(0)).setImage(images.get(f));
        select();
    }

    private void select() {
        var kids = thumbs.getChildren();
        for (int f = 0; f < kids.size(); f++) kids.get(f).pseudoClassStateChanged(SELECTED, f == model.filterProperty().get());
    }

    /** For tests: the number of thumbnails shown. */
    int thumbnails() {
        return thumbs.getChildren().size();
    }
}
