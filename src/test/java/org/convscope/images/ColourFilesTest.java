package org.convscope.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convscope.data.Assets;
import org.convscope.data.ColourImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures read as three planes: red, green, blue, with transparency over white. */
class ColourFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachChannelGoesToItsOwnPlane() throws IOException {
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0xffff0000); // red
        img.setRGB(1, 0, 0xff00ff00); // green
        img.setRGB(0, 1, 0xff0000ff); // blue
        img.setRGB(1, 1, 0x00000000); // transparent: white
        Path f = dir.resolve("four.png");
        ImageIO.write(img, "png", f.toFile());
        ColourImage c = ColourFiles.read(f);
        assertEquals(2, c.width());
        float[][] expected = {{1, 0, 0, 1}, {0, 1, 0, 1}, {0, 0, 1, 1}}; // per channel: (0,0), (0,1), (1,0), (1,1)
        for (int ch = 0; ch < 3; ch++) {
            for (int i = 0; i < 4; i++) assertEquals(expected[ch][i], c.get(ch, i / 2, i % 2), 1e-6, "channel " + ch + ", pixel " + i);
        }
    }

    @Test
    void theBundledPhotosAreSmallColourSquares() throws IOException {
        try (var files = Files.list(Assets.directory().resolve("photos"))) {
            var pngs = files.filter(p -> p.toString().endsWith(".png")).toList();
            assertEquals(4, pngs.size());
            for (Path p : pngs) {
                ColourImage c = ColourFiles.read(p);
                assertEquals(64, c.width(), p.toString());
                assertEquals(64, c.height(), p.toString());
                double r = 0, g = 0;
                for (int i = 0; i < 64 * 64; i++) {
                    r += Math.abs(c.planes()[i] - c.planes()[4096 + i]);
                    g += c.planes()[4096 + i];
                }
                assertTrue(r > 64 * 64 * 0.02, p + " has colour, not only grey");
                assertTrue(g > 0, p + " is not black");
            }
        }
    }

    @Test
    void anythingElseIsRefusedInOneLine() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        IOException e = assertThrows(IOException.class, () -> ColourFiles.read(text));
        assertEquals("notes.png: not an image ConvScope can read (PNG, JPEG, GIF or BMP)", e.getMessage());
        assertThrows(IOException.class, () -> ColourFiles.read(dir.resolve("missing.png")));
    }
}
