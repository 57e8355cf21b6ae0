package org.convscope.ui.classmode;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The class's own confusion matrix, small enough for the side panel: rows are the digits meant, columns the
 * network's answers, each cell a count (empty for none). The diagonal is coloured as right, the rest as
 * mistakes, in three levels each (style classes, so both themes work).
 */
final class ConfusionTable extends GridPane {
    private final Label[][] cells = new Label[10][10];

    ConfusionTable() {
        setId("classConfusion");
        getStyleClass().add("class-confusion");
        for (int c = 0; c < 10; c++) {
            add(head(c), c + 1, 0);
            add(head(c), 0, c + 1);
        }
        for (int meant = 0; meant < 10; meant++) {
            for (int answer = 0; answer < 10; answer++) {
                Label l = new Label();
                l.getStyleClass().add("class-confusion-cell");
                GridPane.setHalignment(l, HPos.CENTER);
                cells[meant][answer] = l;
                add(l, answer + 1, meant + 1);
            }
        }
    }

    private static Label head(int c) {
        Label l = new Label(Integer.toString(c));
        l.getStyleClass().add("class-confusion-head");
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }

    void show(int[][] confusion) {
        int max = 1;
        for (int[] row : confusion) for (int v : row) max = Math.max(max, v);
        for (int meant = 0; meant < 10; meant++) {
            for (int answer = 0; answer < 10; answer++) {
                int n = confusion[meant][answer];
                Label l = cells[meant][answer];
                l.setText(n == 0 ? "" : Integer.toString(n));
                String level = n == 0 ? null : "class-level-" + (meant == answer ? "right-" : "wrong-") + (int) Math.ceil(3.0 * n / max);
                // only a changed level costs a CSS pass
                if (level == null ? l.getStyleClass().size() > 1 : !l.getStyleClass().contains(level)) {
                    l.getStyleClass().removeIf(s -> s.startsWith("class-level-"));
                    if (level != null) l.getStyleClass().add(level);
                }
            }
        }
    }
}
