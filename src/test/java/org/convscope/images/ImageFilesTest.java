package org.convscope.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convscope.data.GrayImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @Test
    void greyPngKeepsItsValues(@TempDir Path dir) throws Exception {
        float[] px = new float[20 * 20];
        for (int y = 5; y < 15; y++) for (int x = 5; x < 15; x++) px[y * 20 + x] = (x - 5) / 9f;
        Path file = dir.resolve("grey.png");
        ImageFiles.writePng(new GrayImage(20, 20, px), file);
        GrayImage back = ImageFiles.readInk(file);
        for (int i = 0; i < px.length; i++) {
            assertEquals(px[i], back.pixels()[i], 0.5 / 255, "pixel " + i + ": a mid-grey is not brightened");
        }
    }

    @Test
    void darkInkOnWhiteColourImageIsInvertedByLuminance(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 30, 30);
        g.setColor(new Color(0, 0, 128));
        g.fillRect(10, 10, 10, 10);
        g.dispose();
        Path file = dir.resolve("ink.png");
        ImageIO.write(img, "png", file.toFile());
        GrayImage ink = ImageFiles.readInk(file);
        assertEquals(0, ink.get(0, 0), 1e-6, "white paper becomes black");
        assertEquals(1 - 0.114 * 128 / 255, ink.get(15, 15), 1e-3, "navy ink becomes bright ink");
    }
}
