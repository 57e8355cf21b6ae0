package org.convscope.ui.featuremaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.ValueRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the grid paints: each map's own pixels, a thin frame just outside it, nothing between the maps. */
@ExtendWith(ApplicationExtension.class)
class MapGridTest {
    private static final int WHITE = 0xFFFFFFFF, RED = 0xFFFF0000;
    private final MapGrid grid = new MapGrid();

    @Start
    void start(Stage stage) {
        grid.inkProperty().set(Color.BLACK);
        Pane pane = new Pane(grid);
        stage.setScene(new Scene(pane, 200, 100));
        stage.show();
    }

    // two 3×3 maps: one all white (as pale as a map of zeros on the diverging scale), one red; 4 pixels a value
    private static TapImage twoMaps() {
        Shape shape = Shape.image(2, 3, 3);
        int[] argb = new int[18];
        Arrays.fill(argb, 0, 9, WHITE);
        Arrays.fill(argb, 9, 18, RED);
        ValueRange r = new ValueRange(-1, 1);
        return new TapImage(0, "conv2d", shape, shape, ColorMap.DIVERGING, new float[18], new ValueRange[] {r, r}, r,
                argb, false);
    }

    private PixelReader painted(FxRobot robot, int selected) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            grid.show(twoMaps(), 12);
            grid.setSelected(selected);
            grid.resize(200, 40);
            grid.layout();
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            shot[0] = grid.snapshot(p, null);
        });
        return shot[0].getPixelReader();
    }

    @Test
    void eachMapKeepsItsOwnPixelsInsideAThinFrame(FxRobot robot) {
        PixelReader px = painted(robot, -1);
        assertEquals(4, grid.scale());
        int left = 2, top = 2, second = left + 12 + (int) MapGrid.GAP; // MARGIN 2; maps 12 px wide
        // a white map stays white to its edge: the frame, translucent ink, is outside it and tints nothing
        assertEquals(WHITE, px.getArgb(left, top));
        assertEquals(WHITE, px.getArgb(left + 11, top + 11));
        assertEquals(RED, px.getArgb(second, top + 6));
        // the frame: one pixel of the ink at a quarter, on every side of each map
        for (int[] at : new int[][] {{left - 1, top + 6}, {left + 12, top + 6}, {left + 6, top - 1}, {left + 6, top + 12},
                {second - 1, top + 6}}) {
            int alpha = px.getArgb(at[0], at[1]) >>> 24;
            assertTrue(alpha > 0x30 && alpha < 0x50, "frame at " + Arrays.toString(at) + ": alpha " + alpha);
            assertEquals(0, px.getArgb(at[0], at[1]) & 0xFFFFFF, "black ink");
        }
        // between the frames, and two pixels out, the page shows through
        assertEquals(0, px.getArgb(left + 13, top + 6) >>> 24);
        assertEquals(0, px.getArgb(left - 2, top + 6) >>> 24);
    }

    @Test
    void theEnlargedMapHasATwoPixelFrameInTheHighlight(FxRobot robot) {
        PixelReader px = painted(robot, 1);
        int second = 2 + 12 + (int) MapGrid.GAP, top = 2;
        Color selected = Ink.SELECTED;
        for (int out = 1; out <= 2; out++) {
            Color c = px.getColor(second - out, top + 6);
            assertEquals(selected.getRed(), c.getRed(), 0.02, out + " px out");
            assertEquals(1.0, c.getOpacity(), 0.02);
        }
        assertEquals(RED, px.getArgb(second, top + 6), "the map's own first column is not covered");
        assertEquals(0, px.getArgb(second - 3, top + 6) >>> 24);
    }
}
