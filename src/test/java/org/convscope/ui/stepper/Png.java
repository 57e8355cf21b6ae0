package org.convscope.ui.stepper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/** A JavaFX image as PNG through ImageIO (tests have no javafx-swing). */
final class Png {
    private Png() {
    }

    static void write(Image image, Path file) {
        int width = (int) image.getWidth(), height = (int) image.getHeight();
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getPixelReader().getPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
            copy.setRGB(0, y, width, 1, row, 0, width);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(copy, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
