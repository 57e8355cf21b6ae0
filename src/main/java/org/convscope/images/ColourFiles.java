package org.convscope.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.convscope.data.ColourImage;

/** Reads PNG/JPEG/GIF/BMP files as colour images, one plane per channel; transparency is composited over white. */
public final class ColourFiles {
    private ColourFiles() {
    }

    public static ColourImage read(Path file) throws IOException {
        return toColour(ImageFiles.decode(file));
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
