package org.convscope.ui.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.ValueRange;
import org.junit.jupiter.api.Test;

/** The map over the image: nothing where the map is 0, its colour at the chosen opacity where it is strongest. */
class OverlayPixelsTest {
    private static final float[] IMAGE = {0, 1, 0.5f, 1};

    @Test
    void zeroLeavesTheImageAndTheStrongestValueTakesTheOpacity() {
        int[] px = OverlayPixels.blend(IMAGE, new float[] {0, 0, 0, 2}, ColorMap.SEQUENTIAL, new ValueRange(0, 2), 1);
        assertArrayEquals(new int[] {0xff000000, 0xffffffff, 0xff808080, ColorMap.SEQUENTIAL.argb(1.0)}, px);
        int half = OverlayPixels.blend(IMAGE, new float[] {0, 0, 0, 2}, ColorMap.SEQUENTIAL, new ValueRange(0, 2), 0.5)[3];
        int top = ColorMap.SEQUENTIAL.argb(1.0);
        assertEquals(Math.round((255 + ((top >> 16) & 0xff)) / 2.0), (half >> 16) & 0xff, "half white, half the colour");
    }

    @Test
    void aSignedMapCoversTheImageBySizeEitherWay() {
        float[] map = {-3, 0, 0, 3};
        int[] px = OverlayPixels.blend(IMAGE, map, ColorMap.DIVERGING, new ValueRange(-3, 3), 1);
        assertEquals(ColorMap.DIVERGING.argb(0.0), px[0], "the most negative: full blue");
        assertEquals(0xffffffff, px[1], "0: the image as it is");
        assertEquals(ColorMap.DIVERGING.argb(1.0), px[3], "the most positive: full orange");
    }

    @Test
    void aWeakSignedValueIsItsSidesColourFainter() {
        int[] px = OverlayPixels.blend(new float[] {1}, new float[] {0.75f}, ColorMap.DIVERGING, new ValueRange(-3, 3), 1);
        int orange = ColorMap.DIVERGING.argb(1.0);
        // a quarter of the largest value: a quarter of full orange over white ink
        assertEquals(Math.round(255 * 0.75 + (orange & 0xff) * 0.25), px[0] & 0xff);
    }

    @Test
    void aWeakValueIsItsColourFainter() {
        int[] px = OverlayPixels.blend(new float[] {0}, new float[] {0.25f}, ColorMap.SEQUENTIAL, new ValueRange(0, 1), 1);
        int c = ColorMap.SEQUENTIAL.argb(0.25);
        assertEquals(Math.round(((c >> 8) & 0xff) * 0.25), (px[0] >> 8) & 0xff, "a quarter of the colour at 0.25 over black");
    }
}
