package org.convscope.ui.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.FractionBar;

/**
 * The ten probabilities, one row per class, as the class chooser: a click on a row explains that class
 * ("why not this one?"). The explained row is outlined, the network's answer is bold and marked, the true
 * class (when known) is marked too, so nothing rests on colour alone.
 */
final class ClassChooser extends VBox {
    private static final PseudoClass EXPLAINED = PseudoClass.getPseudoClass("explained");
    private static final PseudoClass ANSWER = PseudoClass.getPseudoClass("answer");
    private static final PseudoClass TRUTH = PseudoClass.getPseudoClass("truth");
    private final List<Row> rows = new ArrayList<>();
    private final IntConsumer onChoose;

    private record Row(Button button, Label name, FractionBar bar, Label value, Label mark) {
    }

    ClassChooser(IntConsumer onChoose) {
        this.onChoose = onChoose;
        getStyleClass().add("class-chooser");
        setId("classChooser");
    }

    /**
     * Shows {@code probabilities} (null: none yet) with {@code names}; {@code explained}, {@code answer} and
     * {@code truth} are class indexes, −1 when there is none; {@code marks} gives the words beside a row.
     */
    void show(float[] probabilities, int classes, IntFunction<String> names, int explained, int answer, int truth,
              IntFunction<String> marks) {
        if (rows.size() != classes) build(classes);
        for (int c = 0; c < classes; c++) {
            Row r = rows.get(c);
            double p = probabilities == null ? 0 : probabilities[c];
            r.name().setText(names.apply(c));
            r.value().setText(probabilities == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * p));
            r.bar().setFraction(p);
            r.mark().setText(marks.apply(c));
            r.button().pseudoClassStateChanged(EXPLAINED, c == explained);
            r.button().pseudoClassStateChanged(ANSWER, c == answer);
            r.button().pseudoClassStateChanged(TRUTH, c == truth);
        }
    }

    private void build(int classes) {
        getChildren().clear();
        rows.clear();
        for (int c = 0; c < classes; c++) {
            Label name = new Label();
            name.getStyleClass().add("class-name");
            FractionBar bar = new FractionBar();
            HBox.setHgrow(bar, Priority.ALWAYS);
            Label value = new Label();
            value.getStyleClass().add("class-value");
            Label mark = new Label();
            mark.getStyleClass().add("class-mark");
            HBox line = new HBox(8, name, bar, value, mark);
            line.setAlignment(Pos.CENTER_LEFT);
            Button b = new Button(null, line);
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            b.getStyleClass().addAll("class-row", "flat");
            b.setId("explainClass" + c);
            b.setMaxWidth(Double.MAX_VALUE);
            line.prefWidthProperty().bind(b.widthProperty().subtract(16));
            int cls = c;
            b.setOnAction(e -> onChoose.accept(cls));
            rows.add(new Row(b, name, bar, value, mark));
            getChildren().add(b);
        }
    }
}
