package org.convscope.ui.classmode;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.Formats;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Images;

/**
 * One drawing in the gallery: the 28×28 image the network saw, enlarged, and the student's nickname. Its
 * frame says whether the network read what the student meant (green), did not (red, with the digit meant in
 * a corner), or the student did not say (plain).
 */
final class DrawingTile extends VBox {
    static final double IMAGE = 42;
    private final I18n i18n;
    private final StackPane frame = new StackPane();
    private final Label meant = new Label();
    private final Tooltip tooltip = new Tooltip();
    private ClassDrawing shown;

    DrawingTile(ClassDrawing d, I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("class-tile");
        setId("classDrawing" + d.number());
        setAlignment(Pos.TOP_CENTER);
        var px = d.drawing().input();
        ImageView image = new ImageView(Images.gray(px.pixels(), px.width(), px.height()));
        image.setFitWidth(IMAGE);
        image.setFitHeight(IMAGE);
        image.setSmooth(false);
        meant.getStyleClass().add("class-tile-meant");
        StackPane.setAlignment(meant, Pos.TOP_RIGHT);
        frame.getStyleClass().add("class-tile-frame");
        frame.getChildren().addAll(image, meant);
        // a student's nickname is plain text in a Label: never markup, never a file name
        Label name = new Label(d.drawing().name() == null ? "" : d.drawing().name());
        name.getStyleClass().add("class-tile-name");
        name.setMaxWidth(IMAGE + 10);
        getChildren().addAll(frame, name);
        Tooltip.install(this, tooltip);
        update(d);
    }

    ClassDrawing drawing() {
        return shown;
    }

    void update(ClassDrawing d) {
        shown = d;
        frame.getStyleClass().removeAll("class-tile-right", "class-tile-wrong");
        boolean labelled = d.drawing().labelled();
        if (labelled) frame.getStyleClass().add(d.right() ? "class-tile-right" : "class-tile-wrong");
        meant.setVisible(labelled && !d.right());
        meant.setText(labelled ? d.drawing().label().toString() : "");
        float p = d.answer() < d.drawing().probabilities().length ? d.drawing().probabilities()[d.answer()] : Float.NaN;
        String by = d.drawing().name() == null ? "" : i18n.get("classmode.tile.by", d.drawing().name());
        tooltip.setText(i18n.get("classmode.tile.tooltip", d.number(), by, d.answer(), Formats.percent(p))
                + (labelled ? "\n" + i18n.get("classmode.meant", d.drawing().label()) : ""));
    }
}
