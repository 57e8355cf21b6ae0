package org.convscope.ui.featuremaps;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * Saves a rendered picture for a human look, in the directory named by {@code convscope.snapshots}
 * (default {@code target/snapshots}).
 */
final class Snapshots {
    private Snapshots() {
    }

    static void write(Image image, String name) {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        BufferedImage copy = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        copy.setRGB(0, 0, w, h, argb, 0, w);
        Path file = Path.of(System.getProperty("convscope.snapshots", "target/snapshots"), name);
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(copy, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
