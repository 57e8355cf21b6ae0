package org.convscope.ui.convstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.ui.convstep.OutputSize.Problem;
import org.junit.jupiter.api.Test;

/** The sandbox's output size against counting the windows that fit, over a grid of (n, k, s, p, d). */
class OutputSizeTest {

    // windows o = 0, 1, … whose last tap o·s + d(k−1) still lies on the padded input
    private static int countWindows(int n, int k, int s, int p, int d) {
        int count = 0;
        for (int o = 0; o * s + d * (k - 1) <= n + 2 * p - 1; o++) count++;
        return count;
    }

    @Test
    void sizeEqualsTheNumberOfWindowsThatFit() {
        int valid = 0, invalid = 0;
        for (int n = 1; n <= 16; n++)
            for (int k = 1; k <= 7; k++)
                for (int s = 1; s <= 4; s++)
                    for (int p = 0; p <= 3; p++)
                        for (int d = 1; d <= 3; d++) {
                            OutputSize o = new OutputSize(n, k, s, p, d);
                            int windows = countWindows(n, k, s, p, d);
                            String where = "n=" + n + " k=" + k + " s=" + s + " p=" + p + " d=" + d;
                            if (o.valid()) {
                                valid++;
                                assertEquals(windows, o.size(), where);
                                assertEquals(n + 2 * p - d * (k - 1) - 1, o.numerator(), where);
                                ConvGeometry g = ConvGeometry.square(o);
                                assertTrue(g.inputRow(o.size() - 1, k - 1) <= n - 1 + p, where + ": the last window ends in the padding at most");
                            } else {
                                invalid++;
                                assertEquals(Problem.KERNEL_LARGER_THAN_INPUT, o.problem(), where);
                                assertEquals(0, windows, where + ": flagged only when no window fits");
                            }
                        }
        assertTrue(valid > 4000 && invalid > 1000, valid + " valid, " + invalid + " invalid");
    }

    @Test
    void eachImpossibleSettingSaysWhy() {
        assertEquals(Problem.STRIDE_TOO_SMALL, new OutputSize(7, 3, 0, 0, 1).problem());
        assertEquals(Problem.DILATION_TOO_SMALL, new OutputSize(7, 3, 1, 0, 0).problem());
        assertEquals(Problem.NEGATIVE_PADDING, new OutputSize(7, 3, 1, -1, 1).problem());
        assertEquals(Problem.KERNEL_TOO_SMALL, new OutputSize(7, 0, 1, 0, 1).problem());
        assertEquals(Problem.INPUT_TOO_SMALL, new OutputSize(0, 3, 1, 0, 1).problem());
        OutputSize dilated = new OutputSize(4, 3, 1, 0, 2); // reaches 5 cells on a 4-cell input
        assertEquals(5, dilated.span());
        assertEquals(Problem.KERNEL_LARGER_THAN_INPUT, dilated.problem());
        assertFalse(dilated.valid());
        OutputSize padded = new OutputSize(4, 3, 1, 1, 2); // padding makes room again
        assertNull(padded.problem());
        assertEquals(2, padded.size());
    }

    @Test
    void theCourseLayerKeepsTwentySix() {
        OutputSize o = new OutputSize(28, 3, 1, 0, 1);
        assertEquals(26, o.size());
        assertEquals(7, new OutputSize(7, 3, 2, 1, 1).size() + 3, "⌊(7+2−2−1)/2⌋+1 = 4");
    }
}
