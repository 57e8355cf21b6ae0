package org.convscope.ui.training;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convscope.training.Predictions;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Images;

/**
 * A row of test images with the model's current guess under each: green and ✓ when right, red and
 * ✗ when wrong (the mark, not only the colour, carries the meaning).
 */
public final class PredictionStrip extends HBox {
    private final I18n i18n;
    private final TrainingViewModel vm;
    private static final Object TOOLTIP = new Object(); // key of each cell's tooltip in its properties

    public PredictionStrip(TrainingViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("prediction-strip");
        setAlignment(Pos.CENTER_LEFT);
        ObservableList<Sample> probes = vm.probes();
        probes.addListener((ListChangeListener<Sample>) c -> rebuild());
        vm.predictionsProperty().addListener((o, a, p) -> update(p));
        i18n.localeProperty().addListener((o, a, b) -> update(vm.predictionsProperty().get()));
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (Sample s : vm.probes()) {
            ImageView img = new ImageView(Images.gray(s.pixels(), s.width(), s.height()));
            img.setSmooth(false);
            img.setFitWidth(48);
            img.setFitHeight(48);
            Label guess = new Label("…");
            guess.getStyleClass().add("prediction-label");
            VBox cell = new VBox(2, img, guess);
            cell.setAlignment(Pos.CENTER);
            cell.getStyleClass().add("prediction-cell");
            getChildren().add(cell);
        }
        update(vm.predictionsProperty().get());
    }

    // Called a few times a second while training: it touches only what changed, because a new
    // tooltip or style class per cell and call costs the UI thread (and so training) real time.
    private void update(Predictions p) {
        if (p == null) return;
        for (int i = 0; i < Math.min(p.size(), getChildren().size()); i++) {
            VBox cell = (VBox) getChildren().get(i);
            Label guess = (Label) cell.getChildren().get(1);
            boolean right = p.correct(i);
            String name = vm.className(p.predicted()[i], i18n.locale());
            String text = (right ? "✓ " : "✗ ") + name;
            if (!text.equals(guess.getText())) guess.setText(text);
            String add = right ? "correct" : "wrong", remove = right ? "wrong" : "correct";
            cell.getStyleClass().remove(remove);
            if (!cell.getStyleClass().contains(add)) cell.getStyleClass().add(add);
            Tooltip tip = (Tooltip) cell.getProperties().computeIfAbsent(TOOLTIP, k -> {
                Tooltip t = new Tooltip();
                Tooltip.install(cell, t);
                return t;
            });
            tip.setText(i18n.get("predictions.tooltip", vm.className(p.labels()[i], i18n.locale()),
                    name, String.format(i18n.locale(), "%.1f%%", 100 * p.confidence()[i])));
        }
    }

}
