package org.convscope.ui.classmode;

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
 * it gave each answer. A tile is made once per drawing and moves between columns when the answer changes.
 * A click offers Feature maps, Explain and Hide.
 */
final class Gallery extends HBox {
    /** What a click on a drawing asks for. */
    enum Action { FEATURE_MAPS, EXPLAIN, HIDE }

    private final I18n i18n;
    private final VBox[] columns = new VBox[10];
    private final Label[] counts = new Label[10];
    private final Map<Integer, DrawingTile> tiles = new HashMap<>();
    private final ContextMenu menu = new ContextMenu();
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
        menu.getItems().addAll(item("classmode.open.maps", Icons.NEXT, Action.FEATURE_MAPS, "classOpenMaps"),
                item("classmode.open.explain", Icons.EXPLAIN, Action.EXPLAIN, "classOpenExplain"),
                item("classmode.hide", Icons.CLOSE, Action.HIDE, "classHide"));
        i18n.localeProperty().addListener((o, a, b) -> tiles.values().forEach(t -> t.update(t.drawing())));
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
        List<List<DrawingTile>> byAnswer = new java.util.ArrayList<>();
        for (int c = 0; c < 10; c++) byAnswer.add(new java.util.ArrayList<>());
        for (ClassDrawing d : drawings) {
            if (d.hidden() || d.answer() < 0 || d.answer() > 9) continue;
            DrawingTile t = tiles.get(d.number());
            if (t == null) t = tile(d);
            else if (!t.drawing().equals(d)) t.update(d);
            kept.put(d.number(), t);
            byAnswer.get(d.answer()).add(t);
        }
        tiles.clear();
        tiles.putAll(kept);
        for (int c = 0; c < 10; c++) {
            if (!columns[c].getChildren().equals(byAnswer.get(c))) columns[c].getChildren().setAll(byAnswer.get(c));
            counts[c].setText(byAnswer.get(c).isEmpty() ? "" : "\u00d7" + byAnswer.get(c).size());
        }
    }

    private DrawingTile tile(ClassDrawing d) {
        DrawingTile t = new DrawingTile(d, i18n);
        t.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.SECONDARY) return;
            clicked = t;
            menu.show(t, e.getScreenX(), e.getScreenY());
        });
        return t;
    }
}
