package org.convscope.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.convscope.ui.common.I18n;

/**
 * The confusion matrix as a grid of cells: rows are the true classes, columns the model's guesses,
 * each cell the number of test images, and a last column with each class's accuracy.
 *
 * <p>Colour comes from the style sheet by level: the diagonal (right answers) in the accent scale by
 * the share of the row, the other cells (mistakes) in the danger scale relative to the most frequent
 * mistake, so that where the model goes wrong stands out at a glance, and the number is always there.
 */
final class ConfusionGrid extends GridPane {
    private final I18n i18n;
    private Consumer<Cell> onPick = c -> { };
    private StackPane[][] cells; // [true class][guessed class]; built once per class count
    private Label[] rowHeads, columnHeads, accuracies;

    ConfusionGrid(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("confusion-grid");
        setId("confusionGrid");
    }

    void setOnPick(Consumer<Cell> onPick) {
        this.onPick = onPick;
    }

    /** Shows {@code r}; {@code names} gives each class's name in the current language. */
    void show(TestResult r, IntFunction<String> names, Cell selected) {
        if (r == null) {
            getChildren().clear();
            getColumnConstraints().clear();
            cells = null;
            return;
        }
        int classes = r.evaluation().confusion().length;
        // the nodes stay while the class count does: a new result arriving under the mouse must not
        // swallow the click (press and release on different nodes make no click) or the hover
        if (cells == null || cells.length != classes) build(classes);
        int maxMiss = 0;
        for (int a = 0; a < classes; a++) {
            for (int g = 0; g < classes; g++) if (a != g) maxMiss = Math.max(maxMiss, r.count(a, g));
        }
        for (int c = 0; c < classes; c++) {
            rowHeads[c].setText(names.apply(c));
            columnHeads[c].setText(names.apply(c));
            accuracies[c].setText(percent(r.evaluation().perClassAccuracy()[c]));
        }
        for (int a = 0; a < classes; a++) {
            for (int g = 0; g < classes; g++) update(cells[a][g], r, a, g, maxMiss, names, new Cell(a, g).equals(selected));
        }
    }

    private void build(int classes) {
        getChildren().clear();
        getColumnConstraints().clear();
        ColumnConstraints rowHeadColumn = new ColumnConstraints();
        rowHeadColumn.setHalignment(HPos.RIGHT);
        getColumnConstraints().add(rowHeadColumn);

        Label corner = new Label();
        corner.textProperty().bind(i18n.bind("results.axes"));
        corner.getStyleClass().add("confusion-corner");
        corner.setWrapText(true);
        add(corner, 0, 0);
        columnHeads = new Label[classes];
        for (int g = 0; g < classes; g++) {
            columnHeads[g] = new Label();
            columnHeads[g].getStyleClass().add("confusion-column-head");
            columnHeads[g].setRotate(-60);
            Group group = new Group(columnHeads[g]); // the group's bounds follow the rotation: the row makes room for it
            GridPane.setHalignment(group, HPos.CENTER);
            GridPane.setValignment(group, VPos.BOTTOM);
            add(group, g + 1, 0);
        }
        Label accHead = new Label();
        accHead.textProperty().bind(i18n.bind("results.classAccuracy"));
        accHead.getStyleClass().add("confusion-accuracy-head");
        GridPane.setValignment(accHead, VPos.BOTTOM);
        add(accHead, classes + 1, 0);

        rowHeads = new Label[classes];
        accuracies = new Label[classes];
        cells = new StackPane[classes][classes];
        for (int a = 0; a < classes; a++) {
            rowHeads[a] = new Label();
            rowHeads[a].getStyleClass().add("confusion-row-head");
            add(rowHeads[a], 0, a + 1);
            for (int g = 0; g < classes; g++) {
                StackPane cell = new StackPane(new Label());
                cell.setId("cell-" + a + "-" + g);
                cell.setAlignment(Pos.CENTER);
                Tooltip tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                Tooltip.install(cell, tip);
                cell.getProperties().put(Tooltip.class, tip);
                Cell at = new Cell(a, g);
                cell.setOnMouseClicked(e -> onPick.accept(at));
                cells[a][g] = cell;
                add(cell, g + 1, a + 1);
            }
            accuracies[a] = new Label();
            accuracies[a].getStyleClass().add("confusion-accuracy");
            accuracies[a].setId("classAccuracy-" + a);
            add(accuracies[a], classes + 1, a + 1);
        }
    }

    private void update(StackPane cell, TestResult r, int a, int g, int maxMiss, IntFunction<String> names, boolean picked) {
        int n = r.count(a, g);
        ((Label) cell.getChildren().get(0)).setText(String.format(i18n.locale(), "%,d", n));
        int level;
        String colour;
        if (a == g) {
            level = (int) Math.round(9 * r.share(a, g));
            colour = "confusion-right-" + level;
        } else if (n == 0) {
            level = -1;
            colour = "confusion-zero";
        } else {
            level = 1 + (int) Math.round(8.0 * n / maxMiss);
            colour = "confusion-wrong-" + level;
        }
        List<String> classes = new ArrayList<>(List.of("confusion-cell", colour));
        if (level >= 5) classes.add("confusion-strong");
        else if (level >= 0) classes.add("confusion-tinted"); // a pale colour in either theme: dark text
        if (picked) classes.add("confusion-selected");
        if (!cell.getStyleClass().equals(classes)) cell.getStyleClass().setAll(classes);
        ((Tooltip) cell.getProperties().get(Tooltip.class)).setText(i18n.get(a == g ? "results.cell.right" : "results.cell.wrong",
                names.apply(a), names.apply(g), n, r.rowTotal(a), percent(r.share(a, g))));
    }

    private String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(i18n.locale(), "%.1f%%", 100 * share);
    }
}
