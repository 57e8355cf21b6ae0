package org.convscope.classmode;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Drawings as the student page sends them: black strokes on white, as a PNG data URL. */
public final class Pngs {
    private Pngs() {
    }

    /** A 7 drawn on a {@code size}×{@code size} white canvas with a 20/280 pen. */
    public static BufferedImage seven(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(size * 20f / 280, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double s = size / 280.0;
        g.drawLine((int) (80 * s), (int) (70 * s), (int) (200 * s), (int) (70 * s));
        g.drawLine((int) (200 * s), (int) (70 * s), (int) (120 * s), (int) (220 * s));
        g.dispose();
        return img;
    }

    public static BufferedImage blank(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    public static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String dataUrl(byte[] png) {
        return PngDrawing.PREFIX + Base64.getEncoder().encodeToString(png);
    }

    public static String dataUrl(BufferedImage img) {
        return dataUrl(png(img));
    }
}
