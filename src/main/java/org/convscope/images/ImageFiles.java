package org.convscope.images;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.convscope.data.GrayImage;

/** Reads PNG/JPEG/GIF/BMP files into grey images with ink = 1, whatever their colours. */
public final class ImageFiles {
    private ImageFiles() {
    }

    /**
     * Decodes {@code file} to grey, compositing transparency over white, and inverts it when it is
     * dark ink on a light background (judged by the border, where a drawing's background is), so
     * the result is always light ink on black as MNIST has it.
     */
    public static GrayImage readInk(Path file) throws IOException {
        return toInk(decode(file));
    }

    /** The picture in {@code file}; every reason it cannot be read is an IOException with one line naming the file. */
    static BufferedImage decode(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such file");
        BufferedImage img;
        try {
            img = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException(file.getFileName() + ": cannot read the image (" + e.getMessage() + ")");
        }
        if (img == null) throw new IOException(file.getFileName() + ": not an image ConvScope can read (PNG, JPEG, GIF or BMP)");
        return img;
    }

    public static GrayImage toInk(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        float[] grey = img.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY ? greySamples(img) : luminance(img);
        if (borderMean(grey, w, h) > 0.5) {
            for (int i = 0; i < grey.length; i++) grey[i] = 1 - grey[i];
        }
        return new GrayImage(w, h, grey);
    }

    // Grey PNGs and JPEGs are read as their stored values: Java treats their grey as linear light and
    // getRGB() would brighten every mid-grey (128 becomes about 186), thickening anti-aliased strokes.
    private static float[] greySamples(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        Raster raster = img.getRaster();
        ColorModel cm = img.getColorModel();
        float greyMax = (1 << cm.getComponentSize(0)) - 1;
        boolean alpha = cm.hasAlpha() && raster.getNumBands() > 1;
        float alphaMax = alpha ? (1 << cm.getComponentSize(1)) - 1 : 1;
        float[] grey = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = raster.getSample(x, y, 0) / greyMax;
                float a = alpha ? raster.getSample(x, y, 1) / alphaMax : 1;
                grey[y * w + x] = a * v + (1 - a); // over white
            }
        }
        return grey;
    }

    private static float[] luminance(BufferedImage img) {
        int w = img.getWidth(), h = img.getHeight();
        float[] grey = new float[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getRGB(0, y, w, 1, row, 0, w); // a row at a time: far faster than pixel by pixel
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                float a = ((argb >>> 24) & 0xff) / 255f;
                float lum = (0.299f * ((argb >> 16) & 0xff) + 0.587f * ((argb >> 8) & 0xff) + 0.114f * (argb & 0xff)) / 255f;
                grey[y * w + x] = a * lum + (1 - a); // over white
            }
        }
        return grey;
    }

    private static double borderMean(float[] g, int w, int h) {
        double sum = 0;
        int n = 0;
        for (int x = 0; x < w; x++) {
            sum += g[x] + g[(h - 1) * w + x];
            n += 2;
        }
        for (int y = 0; y < h; y++) {
            sum += g[y * w] + g[y * w + w - 1];
            n += 2;
        }
        return sum / n;
    }

    /** Writes a grey image (1 = white) as an 8-bit PNG. */
    public static void writePng(GrayImage img, Path file) throws IOException {
        BufferedImage out = new BufferedImage(img.width(), img.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                int v = Math.round(Math.max(0, Math.min(1, img.get(y, x))) * 255);
                out.getRaster().setSample(x, y, 0, v);
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }
}
