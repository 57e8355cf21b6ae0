package org.convscope.ui.featuremaps;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The softmax output as one horizontal bar per class, in class order, named in the UI language;
 * the predicted class is bold and coloured, and the true class (when known) is marked.
 */
final class ProbabilityBars extends VBox {
    private static final double TRACK = 260;
    private static final PseudoClass TOP = PseudoClass.getPseudoClass("top");
    private static final PseudoClass TRUTH = PseudoClass.getPseudoClass("truth");
    private final FeatureMapsViewModel vm;
    private final List<Row> rows = new ArrayList<>();

    private record Row(HBox box, Label name, Region fill, Label value) {
    }

    ProbabilityBars(FeatureMapsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("probability-bars");
    }

    void show(List<ClassBar> bars) {
        while (rows.size() < bars.size()) addRow();
        while (rows.size() > bars.size()) getChildren().remove(rows.remove(rows.size() - 1).box());
        Integer truth = vm.trueLabelProperty().get();
        for (int i = 0; i < bars.size(); i++) {
            ClassBar b = bars.get(i);
            Row r = rows.get(i);
            boolean isTrue = truth != null && truth == b.label();
            r.name().setText(vm.className(b.label()) + (isTrue ? " ✓" : ""));
            r.fill().setPrefWidth(Math.max(0, Math.min(1, b.probability())) * TRACK);
            r.value().setText(Values.percent(b.probability()));
            // pseudo-classes: switching them restyles one row, not the whole subtree
            r.box().pseudoClassStateChanged(TOP, b.top());
            r.box().pseudoClassStateChanged(TRUTH, isTrue);
        }
    }

    private void addRow() {
        Label name = new Label();
        name.getStyleClass().add("class-name");
        Region fill = new Region();
        fill.getStyleClass().add("bar-fill");
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("bar-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(TRACK);
        track.setPrefWidth(TRACK);
        track.setMaxWidth(TRACK);
        Label value = new Label();
        value.getStyleClass().add("class-value");
        HBox box = new HBox(8, name, track, value);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("class-row");
        HBox.setHgrow(value, Priority.NEVER);
        rows.add(new Row(box, name, fill, value));
        getChildren().add(box);
    }

    /** For tests: the class names and percentages as shown, top to bottom. */
    List<String> texts() {
        return rows.stream().map(r -> r.name().getText() + " " + r.value().getText()).toList();
    }
}
