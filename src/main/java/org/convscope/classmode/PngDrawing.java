package org.convscope.classmode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageReader;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.convscope.data.GrayImage;
import org.convscope.images.ImageFiles;

/**
 * A drawing as the page sends it, {@code data:image/png;base64,…}, decoded with every check before the
 * next step: the prefix, strict base64, PNG's eight-byte signature, then the width and height from the
 * PNG's header, and only if they lie within {@value #MIN_SIDE}–{@value #MAX_SIDE} pixels are the pixels
 * decoded. The bytes are read from memory ({@link MemoryCacheImageInputStream}): ImageIO's default stream
 * may cache to a temporary file, and nothing a client sends goes to disk.
 */
public final class PngDrawing {
    public static final String PREFIX = "data:image/png;base64,";
    public static final int MIN_SIDE = 28;
    public static final int MAX_SIDE = 1024;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngDrawing() {
    }

    /** The drawing as light ink on black (dark-on-light is inverted, as for image files). */
    public static GrayImage decode(String dataUrl) throws Refusal {
        return ImageFiles.toInk(read(bytes(dataUrl)));
    }

    static byte[] bytes(String dataUrl) throws Refusal {
        if (!dataUrl.startsWith(PREFIX)) throw new Refusal(400, "image must be a PNG data URL (data:image/png;base64,...)");
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "image is not valid base64");
        }
        if (png.length < SIGNATURE.length) throw new Refusal(400, "image is not a PNG");
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) throw new Refusal(400, "image is not a PNG");
        }
        return png;
    }

    private static BufferedImage read(byte[] png) throws Refusal {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        if (!readers.hasNext()) throw new IllegalStateException("this Java has no PNG reader");
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in, true, true); // one image, no metadata
            int w = reader.getWidth(0), h = reader.getHeight(0); // from the header (IHDR): no pixels yet
            if (w < MIN_SIDE || h < MIN_SIDE || w > MAX_SIDE || h > MAX_SIDE) {
                throw new Refusal(400, "the image must be " + MIN_SIDE + "x" + MIN_SIDE + " to " + MAX_SIDE + "x" + MAX_SIDE + " pixels");
            }
            BufferedImage img = reader.read(0);
            if (img == null) throw new Refusal(400, "image is not a readable PNG");
            return img;
        } catch (IOException | RuntimeException e) {
            throw new Refusal(400, "image is not a readable PNG");
        } finally {
            reader.dispose();
        }
    }
}
