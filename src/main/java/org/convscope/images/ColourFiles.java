package org.convscope.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convscope.data.ColourImage;

/** Reads PNG/JPEG/GIF/BMP files as colour images, one plane per channel; transparency is composited over white. */
public final class ColourFiles {
    private ColourFiles() {
    }

    public static ColourImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such file");
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file.getFileName() + ": cannot read the image (" + e.getMessage() + ")");
        }
        if (img == null) throw new IOException(file.getFileName() + ": not an image ConvScope can read (PNG, JPEG, GIF or BMP)");
        return toColour(img);
    }

    public static ColourImage toColour(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight(), n = w * h;
        float[] planes = new float[ColourImage.CHANNELS * n];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w); // sRGB, whatever the file's colour model
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                float a = ((argb >>> 24) & 0xff) / 255f;
                for (int c = 0; c < 3; c++) {
                    float v = ((argb >> (16 - 8 * c)) & 0xff) / 255f;
                    planes[c * n + y * w + x] = a * v + (1 - a);
                }
            }
        }
        return new ColourImage(w, h, planes);
    }
}
