package org.convscope.ui.results;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.convscope.data.Dataset;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Images;

/** The test images of one cell, each with how sure the model was; a click opens it inside the network. */
final class ExampleStrip extends FlowPane {
    private final I18n i18n;
    private IntConsumer onOpen = i -> { };

    ExampleStrip(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("results-examples");
        setId("resultExamples");
    }

    void setOnOpen(IntConsumer onOpen) {
        this.onOpen = onOpen;
    }

    void show(List<Example> examples, Dataset test, IntFunction<String> names) {
        getChildren().clear();
        if (test == null) return;
        float[] pixels = new float[test.imageSize()]; // one image: [H·W], 0..1
        for (Example e : examples) {
            test.writeNormalised(e.index(), pixels, 0);
            ImageView img = new ImageView(Images.gray(pixels, test.width(), test.height()));
            img.setSmooth(false);
            img.setFitWidth(56);
            img.setFitHeight(56);
            Label sure = new Label(String.format(i18n.locale(), "%.0f%%", 100 * e.confidence()));
            sure.getStyleClass().add("results-example-label");
            VBox box = new VBox(2, img, sure);
            box.setAlignment(Pos.CENTER);
            box.getStyleClass().add("results-example");
            box.setId("example-" + e.index());
            Tooltip tip = new Tooltip(i18n.get("results.example.tooltip", e.index(), names.apply(e.actual()),
                    names.apply(e.guessed()), String.format(i18n.locale(), "%.1f%%", 100 * e.confidence())));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            Tooltip.install(box, tip);
            box.setOnMouseClicked(ev -> onOpen.accept(e.index()));
            getChildren().add(box);
        }
    }
}
