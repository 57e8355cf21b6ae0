package org.convscope.ui.classmode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/**
 * The class's drawings in ten columns, one per answer of the network, so the columns' heights are how often
 * it gave each answer. A tile is made once per drawing and moves between columns when the answer changes;
 * new drawings are appended, so their arrival costs only their own tiles. A column shows its newest
 * {@value #MAX_PER_COLUMN} (its count says how many there are). A click offers Feature maps, Explain and Hide.
 */
final class Gallery extends HBox {
    /** What a click on a drawing asks for. */
    enum Action { FEATURE_MAPS, EXPLAIN, HIDE }

    static final int MAX_PER_COLUMN = 40;

    private final I18n i18n;
    private final VBox[] columns = new VBox[10];
    private final Label[] counts = new Label[10];
    private final Map<Integer, DrawingTile> tiles = new HashMap<>();
    private final int[] total = new int[10];
    private final ContextMenu menu = new ContextMenu();
    private final MenuItem about = new MenuItem();
    private BiConsumer<ClassDrawing, Action> onAction = (d, a) -> { };
    private DrawingTile clicked;

    Gallery(I18n i18n) {
        this.i18n = i18n;
        setId("classGallery");
        getStyleClass().add("class-gallery");
        for (int c = 0; c < 10; c++) {
            Label digit = new Label(Integer.toString(c));
            digit.getStyleClass().add("class-column-digit");
            counts[c] = new Label();
            counts[c].getStyleClass().add("class-column-count");
            columns[c] = new VBox();
            columns[c].getStyleClass().add("class-column-tiles");
            columns[c].setAlignment(Pos.TOP_CENTER);
            VBox column = new VBox(digit, counts[c], columns[c]);
            column.setId("classColumn" + c);
            column.getStyleClass().add("class-column");
            column.setAlignment(Pos.TOP_CENTER);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(column);
        }
        about.setDisable(true);
        about.setId("classAbout");
        menu.getItems().addAll(about, new javafx.scene.control.SeparatorMenuItem(), item("classmode.open.maps", Icons.NEXT, Action.FEATURE_MAPS, "classOpenMaps"),
                item("classmode.open.explain", Icons.EXPLAIN, Action.EXPLAIN, "classOpenExplain"),
                item("classmode.hide", Icons.CLOSE, Action.HIDE, "classHide"));
    }

    private MenuItem item(String key, String icon, Action action, String id) {
        MenuItem m = new MenuItem();
        m.setId(id);
        m.textProperty().bind(i18n.bind(key));
        m.setGraphic(Icons.of(icon));
        m.setOnAction(e -> {
            if (clicked != null) onAction.accept(clicked.drawing(), action);
        });
        return m;
    }

    void setOnAction(BiConsumer<ClassDrawing, Action> action) {
        onAction = action;
    }

    /** Shows the drawings not hidden, each in its answer's column, newest at the bottom. */
    void show(List<ClassDrawing> drawings) {
        Map<Integer, DrawingTile> kept = new HashMap<>();
        List<List<DrawingTile>> byAnswer = new ArrayList<>();
        for (int c = 0; c < 10; c++) byAnswer.add(new ArrayList<>());
        for (ClassDrawing d : drawings) {
            if (d.hidden() || d.answer() < 0 || d.answer() > 9) continue;
            DrawingTile t = tiles.get(d.number());
            if (t == null) t = tile(d);
            else if (!t.drawing().equals(d)) t.update(d);
            kept.put(d.number(), t);
            byAnswer.get(d.answer()).add(t);
        }
        tiles.clear();
        for (int c = 0; c < 10; c++) {
            List<DrawingTile> all = byAnswer.get(c);
            total[c] = all.size();
            List<DrawingTile> newest = all.subList(Math.max(0, all.size() - MAX_PER_COLUMN), all.size());
            newest.forEach(t -> tiles.put(t.drawing().number(), t));
            if (!columns[c].getChildren().equals(newest)) columns[c].getChildren().setAll(newest);
            count(c);
        }
    }

    /** Appends drawings that just arrived (not hidden: new ones never are). */
    void added(List<ClassDrawing> arrived) {
        for (ClassDrawing d : arrived) {
            if (d.hidden() || d.answer() < 0 || d.answer() > 9) continue;
            DrawingTile t = tile(d);
            tiles.put(d.number(), t);
            var column = columns[d.answer()].getChildren();
            column.add(t);
            if (column.size() > MAX_PER_COLUMN) tiles.remove(((DrawingTile) column.remove(0)).drawing().number());
            total[d.answer()]++;
            count(d.answer());
        }
    }

    private void count(int c) {
        counts[c].setText(total[c] == 0 ? "" : "\u00d7" + total[c]);
    }

    private DrawingTile tile(ClassDrawing d) {
        DrawingTile t = new DrawingTile(d, i18n);
        t.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.SECONDARY) return;
            clicked = t;
            about.setText(t.describe());
            menu.show(t, e.getScreenX(), e.getScreenY());
        });
        return t;
    }
}
