package org.convscope.ui.classmode;

import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convscope.ui.common.Formats;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Images;

/**
 * One drawing in the gallery: the 28×28 image the network saw, enlarged, and the student's nickname. Its
 * frame says whether the network read what the student meant (green), did not (red, with the digit meant in
 * the corner), or the student did not say (grey). The picture is one canvas, not a stack of styled regions:
 * a class's five hundred tiles are repainted whenever the gallery moves, in software on many classroom
 * computers, and no tooltip (five hundred popups in waiting).
 */
final class DrawingTile extends VBox {
    static final double IMAGE = 42;
    private static final double FRAME = 3;
    // the same in both themes: on a light or a dark page, green and red read as right and wrong
    private static final Color RIGHT = Color.web("#1a7f37");
    private static final Color WRONG = Color.web("#cf222e");
    private static final Color PLAIN = Color.web("#8c959f");
    private static final Font BADGE = Font.font(null, FontWeight.BOLD, 11);
    private final I18n i18n;
    private final Image image;
    private final Canvas picture = new Canvas(IMAGE + 2 * FRAME, IMAGE + 2 * FRAME);
    private ClassDrawing shown;

    DrawingTile(ClassDrawing d, I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("class-tile");
        setId("classDrawing" + d.number());
        setAlignment(Pos.TOP_CENTER);
        var px = d.drawing().input();
        image = Images.gray(px.pixels(), px.width(), px.height());
        // a student's nickname is plain text in a Label: never markup, never a file name
        Label name = new Label(d.drawing().name() == null ? "" : d.drawing().name());
        name.getStyleClass().add("class-tile-name");
        name.setMaxWidth(IMAGE + 10);
        getChildren().addAll(picture, name);
        update(d);
    }

    ClassDrawing drawing() {
        return shown;
    }

    void update(ClassDrawing d) {
        boolean repaint = shown == null || shown.answer() != d.answer();
        shown = d;
        if (repaint) paint();
    }

    private void paint() {
        GraphicsContext g = picture.getGraphicsContext2D();
        boolean labelled = shown.drawing().labelled();
        double size = picture.getWidth();
        g.setFill(!labelled ? PLAIN : shown.right() ? RIGHT : WRONG);
        g.fillRect(0, 0, size, size);
        g.setImageSmoothing(false); // the network's 28 pixels, not a blur of them
        g.drawImage(image, FRAME, FRAME, IMAGE, IMAGE);
        if (labelled && !shown.right()) {
            g.setFill(WRONG);
            g.fillRect(size - 14, 0, 14, 15);
            g.setFill(Color.WHITE);
            g.setFont(BADGE);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(shown.drawing().label().toString(), size - 7, 7.5);
        }
    }

    /** What the tile's menu says about it: its number, the name, the answer and how sure the network was when it arrived. */
    String describe() {
        ClassDrawing d = shown;
        float p = d.answer() < d.drawing().probabilities().length ? d.drawing().probabilities()[d.answer()] : Float.NaN;
        String by = d.drawing().name() == null ? "" : i18n.get("classmode.tile.by", d.drawing().name());
        return i18n.get("classmode.tile.about", d.number(), by, d.answer(), Formats.percent(p))
                + (d.drawing().labelled() ? ", " + i18n.get("classmode.meant", d.drawing().label()) : "");
    }
}
