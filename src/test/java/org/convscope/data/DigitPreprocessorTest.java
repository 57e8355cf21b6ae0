package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitPreprocessorTest {

    private static GrayImage rectangle(int w, int h, int top, int left, int rh, int rw) {
        float[] px = new float[w * h];
        for (int y = top; y < top + rh; y++) for (int x = left; x < left + rw; x++) px[y * w + x] = 1f;
        return new GrayImage(w, h, px);
    }

    @Test
    void blankDrawingGivesBlankInput() {
        DigitPreprocessor.Steps s = DigitPreprocessor.steps(GrayImage.blank(280, 280), DigitPreprocessor.Mode.DIGIT);
        assertTrue(s.blank());
        for (float v : s.input().pixels()) assertEquals(0f, v);
    }

    @Test
    void smallOffCentreStrokeIsScaledToTwentyPixelsAndCentred() {
        // a 10 wide × 40 tall bar in the top-left corner of a 280×280 pad
        GrayImage pad = rectangle(280, 280, 5, 7, 40, 10);
        DigitPreprocessor.Steps s = DigitPreprocessor.steps(pad, DigitPreprocessor.Mode.DIGIT);
        assertArrayEquals(new int[] {5, 7, 44, 16}, s.box());
        assertEquals(20, s.scaled().height(), "longer side becomes 20");
        assertEquals(5, s.scaled().width(), "aspect ratio kept: 10/40 of 20");
        GrayImage in = s.input();
        assertEquals(28, in.width());
        double[] com = DigitPreprocessor.centreOfMass(in);
        assertEquals(14.5, com[0], 0.51, "centre of mass within half a pixel of pixel (14, 14), as in MNIST");
        assertEquals(14.5, com[1], 0.51);
        int[] box = DigitPreprocessor.boundingBox(in);
        assertEquals(20, box[2] - box[0] + 1);
    }

    @Test
    void stepsSayWhereTheScaledInkWasPlaced() {
        GrayImage pad = rectangle(280, 280, 200, 30, 60, 45);
        for (DigitPreprocessor.Mode mode : DigitPreprocessor.Mode.values()) {
            DigitPreprocessor.Steps s = DigitPreprocessor.steps(pad, mode);
            int[] at = s.offset();
            for (int r = 0; r < s.scaled().height(); r++) {
                for (int c = 0; c < s.scaled().width(); c++) {
                    assertEquals(Math.min(1f, s.scaled().get(r, c)), s.input().get(at[0] + r, at[1] + c), mode + " at " + r + "," + c);
                }
            }
        }
        assertEquals(DigitPreprocessor.Mode.FILL, DigitPreprocessor.modeFor(DatasetKind.FASHION_MNIST));
        assertEquals(DigitPreprocessor.Mode.DIGIT, DigitPreprocessor.modeFor(DatasetKind.MNIST));
    }

    @Test
    void thinStrokesSurviveAsGreyThroughAreaAveraging() {
        // a 1-pixel line in a 280-pixel drawing shrinks 14×: it must stay visible, not vanish
        GrayImage pad = rectangle(280, 280, 10, 100, 200, 1);
        GrayImage in = DigitPreprocessor.preprocess(pad, DigitPreprocessor.Mode.DIGIT);
        float max = 0, sum = 0;
        for (float v : in.pixels()) {
            max = Math.max(max, v);
            sum += v;
        }
        assertTrue(max > 0.9f, "a bar 1 px wide and 200 tall is wider than 1/20 of its height: full ink, got " + max);
        assertTrue(sum > 15, "ink is preserved: " + sum);
    }

    @Test
    void fillModeScalesTheLongerSideToTheWholeFrame() {
        GrayImage pad = rectangle(100, 100, 20, 30, 50, 25);
        DigitPreprocessor.Steps s = DigitPreprocessor.steps(pad, DigitPreprocessor.Mode.FILL);
        assertEquals(28, s.scaled().height());
        assertEquals(14, s.scaled().width());
        int[] box = DigitPreprocessor.boundingBox(s.input());
        assertEquals(0, box[0]);
        assertEquals(27, box[2]);
    }

    @Test
    void areaResamplingPreservesMeanIntensity() {
        float[] px = new float[37 * 23];
        for (int i = 0; i < px.length; i++) px[i] = (i * 7919 % 101) / 100f;
        GrayImage src = new GrayImage(37, 23, px);
        GrayImage out = Resample.area(src, 11, 9);
        double a = 0, b = 0;
        for (float v : src.pixels()) a += v;
        for (float v : out.pixels()) b += v;
        assertEquals(a / px.length, b / out.pixels().length, 1e-4);
    }

    @Test
    void mnistDigitsAreAlmostUnchangedBecauseMnistWasMadeThisWay() {
        Dataset test = Datasets.load(DatasetKind.MNIST, Split.TEST);
        double totalDiff = 0;
        int n = 50;
        for (int i = 0; i < n; i++) {
            float[] px = new float[784];
            test.writeNormalised(i, px, 0);
            GrayImage again = DigitPreprocessor.preprocess(new GrayImage(28, 28, px), DigitPreprocessor.Mode.DIGIT);
            double diff = 0, ink = 0;
            for (int k = 0; k < 784; k++) {
                diff += Math.abs(again.pixels()[k] - px[k]);
                ink += px[k];
            }
            totalDiff += diff / ink;
        }
        // measured 0.0009: MNIST digits come back as they were; a digit off by one pixel differs by ~0.5
        assertTrue(totalDiff / n < 0.02, "mean relative difference " + totalDiff / n);
    }
}
