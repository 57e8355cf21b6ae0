package org.convscope.ui.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convscope.data.Dataset;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Images;

/**
 * The test images of one cell, each with how sure the model was; a click opens it inside the network, and
 * its "Why?" button (when the strip has somewhere to send it) in the Explain view.
 */
final class ExampleStrip extends FlowPane {
    private final I18n i18n;
    private IntConsumer onOpen = i -> { };
    private IntConsumer onExplain = i -> { };
    private final BooleanProperty explainable = new SimpleBooleanProperty();
    private final Map<Integer, VBox> boxes = new HashMap<>(); // test index → its box, while shown
    private Dataset shownFrom;

    ExampleStrip(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("results-examples");
        setId("resultExamples");
    }

    void setOnOpen(IntConsumer onOpen) {
        this.onOpen = onOpen;
    }

    void setOnExplain(IntConsumer onExplain) {
        this.onExplain = onExplain;
        explainable.set(true);
    }

    // A new result (once per epoch while training) mostly keeps the same images: their boxes are
    // kept and only their numbers change, so the FX thread does not rebuild sixty images each time.
    void show(List<Example> examples, Dataset test, IntFunction<String> names) {
        if (test != shownFrom) boxes.clear();
        shownFrom = test;
        if (test == null) {
            getChildren().clear();
            return;
        }
        Map<Integer, VBox> kept = new HashMap<>();
        List<VBox> now = new ArrayList<>(examples.size());
        for (Example e : examples) {
            VBox box = boxes.get(e.index());
            if (box == null) box = box(e.index(), test);
            kept.put(e.index(), box);
            now.add(box);
            ((Label) ((HBox) box.getChildren().get(1)).getChildren().get(0)).setText(String.format(i18n.locale(), "%.0f%%", 100 * e.confidence()));
            ((Button) box.getProperties().get(Button.class)).getTooltip().setText(i18n.get("results.example.explain"));
            ((Tooltip) box.getProperties().get(Tooltip.class)).setText(i18n.get("results.example.tooltip", e.index(),
                    names.apply(e.actual()), names.apply(e.guessed()), String.format(i18n.locale(), "%.1f%%", 100 * e.confidence())));
        }
        boxes.clear();
        boxes.putAll(kept);
        if (!getChildren().equals(now)) getChildren().setAll(now);
    }

    private VBox box(int index, Dataset test) {
        float[] pixels = new float[test.imageSize()]; // one image: [H·W], 0..1
        test.writeNormalised(index, pixels, 0);
        ImageView img = new ImageView(Images.gray(pixels, test.width(), test.height()));
        img.setSmooth(false);
        img.setFitWidth(56);
        img.setFitHeight(56);
        Label sure = new Label();
        sure.getStyleClass().add("results-example-label");
        Button why = new Button(null, Icons.of(Icons.EXPLAIN));
        why.setId("explain-" + index);
        why.getStyleClass().addAll("button-icon", "flat", "results-example-why");
        why.setTooltip(new Tooltip());
        why.visibleProperty().bind(explainable);
        why.managedProperty().bind(explainable);
        why.setOnAction(ev -> onExplain.accept(index));
        why.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume); // the box's own click opens the feature maps
        HBox under = new HBox(2, sure, why);
        under.setAlignment(Pos.CENTER);
        VBox box = new VBox(2, img, under);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("results-example");
        box.setId("example-" + index);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        Tooltip.install(box, tip);
        box.getProperties().put(Tooltip.class, tip);
        box.getProperties().put(Button.class, why);
        box.setOnMouseClicked(ev -> onOpen.accept(index));
        return box;
    }
}
