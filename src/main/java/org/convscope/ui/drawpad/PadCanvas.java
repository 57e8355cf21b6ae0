package org.convscope.ui.drawpad;

import java.io.File;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.convscope.ui.common.ModelFileNames;

/**
 * The black square to draw on: the view-model's pixels shown as they are (what you see is what is
 * classified), a ring under the pointer the size of the brush, and a drop target for image files.
 * Mouse, pen and touch all arrive as mouse events (JavaFX synthesises them from touch).
 */
final class PadCanvas extends Region {
    private final DrawPadViewModel vm;
    private final int size = DrawPadViewModel.padSize();
    private final WritableImage image = new WritableImage(size, size);
    private final ImageView view = new ImageView(image);
    private final Circle brush = new Circle();
    private final double displaySize;
    private final int[] row;

    PadCanvas(DrawPadViewModel vm, double displaySize) {
        this.vm = vm;
        this.displaySize = displaySize;
        this.row = new int[size];
        getStyleClass().add("draw-pad");
        setId("drawPad");
        view.setFitWidth(displaySize);
        view.setFitHeight(displaySize);
        view.setSmooth(true);
        brush.getStyleClass().add("brush-ring");
        brush.setMouseTransparent(true);
        brush.setVisible(false);
        brush.radiusProperty().bind(vm.brushSizeProperty().multiply(displaySize / size / 2));
        getChildren().addAll(view, brush);
        setCursor(Cursor.CROSSHAIR);
        setMinSize(displaySize, displaySize);
        setPrefSize(displaySize, displaySize);
        setMaxSize(displaySize, displaySize);

        vm.setPadListener(rect -> repaint(rect == null ? new int[] {0, 0, size, size} : rect));
        repaint(new int[] {0, 0, size, size});

        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            requestFocus();
            vm.press(padX(e), padY(e));
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            vm.drag(padX(e), padY(e));
            moveBrush(e);
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> vm.release());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moveBrush);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> brush.setVisible(false));
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (droppedModel(e)) return; // the window opens models
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (droppedModel(e)) return;
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) vm.open(files.get(0).toPath());
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private static boolean droppedModel(DragEvent e) {
        return e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()
                && ModelFileNames.opensAsModel(e.getDragboard().getFiles().get(0).toPath());
    }

    private double padX(MouseEvent e) {
        return e.getX() * size / displaySize;
    }

    private double padY(MouseEvent e) {
        return e.getY() * size / displaySize;
    }

    private void moveBrush(MouseEvent e) {
        brush.setCenterX(e.getX());
        brush.setCenterY(e.getY());
        brush.setVisible(e.getX() >= 0 && e.getY() >= 0 && e.getX() < displaySize && e.getY() < displaySize);
    }

    private void repaint(int[] r) {
        float[] px = vm.padPixels();
        int w = r[2] - r[0];
        for (int y = r[1]; y < r[3]; y++) {
            for (int x = 0; x < w; x++) {
                int v = Math.round(Math.max(0f, Math.min(1f, px[y * size + r[0] + x])) * 255);
                row[x] = 0xff000000 | v << 16 | v << 8 | v;
            }
            image.getPixelWriter().setPixels(r[0], y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
        }
    }

    @Override
    protected void layoutChildren() {
        view.relocate(0, 0);
    }
}
