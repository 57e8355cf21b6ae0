package org.convscope.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Views drawn offscreen to PNG, as the app shows them: for `render`, and for exporting a view. */
public final class Snapshots {
    private Snapshots() {
    }

    /** Sets the app's theme as the JavaFX user-agent style sheet (before building views). */
    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * Lays {@code view} out at {@code width} (and its preferred height for that width when
     * {@code height} ≤ 0) with the app's style sheet, and snapshots it at {@code scale} (2 for slides).
     * FX thread only.
     */
    public static WritableImage snapshot(Region view, double width, double height, double scale) {
        Group measuring = new Group(view);
        Scene probe = new Scene(measuring);
        probe.getStylesheets().add(Snapshots.class.getResource("/org/convscope/ui/app.css").toExternalForm());
        view.applyCss();
        double h = height > 0 ? height : Math.ceil(view.prefHeight(width));
        measuring.getChildren().clear();
        Scene scene = new Scene(view, width, h);
        scene.getStylesheets().add(Snapshots.class.getResource("/org/convscope/ui/app.css").toExternalForm());
        return snapshot(scene.getRoot(), scale);
    }

    /** A node as it is on screen now, at {@code scale}. FX thread only. */
    public static WritableImage snapshot(Parent root, double scale) {
        root.applyCss();
        root.layout();
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return root.snapshot(params, null);
    }

    /**
     * Writes {@code img} as a PNG through ImageIO, row by row, so neither the app nor the tests need
     * javafx-swing. The one PNG writer of the app, the CLI's {@code render} and the tests' snapshots.
     */
    public static void writePng(Image img, Path file) throws IOException {
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getPixelReader().getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        ImageIO.write(out, "png", file.toFile());
    }
}
