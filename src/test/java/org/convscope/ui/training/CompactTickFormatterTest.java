package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.chart.NumberAxis;
import org.junit.jupiter.api.Test;

class CompactTickFormatterTest {

    @Test
    void aBlownUpLossIsWrittenAsAPowerOfTenAndAnOrdinaryOneAsBefore() {
        NumberAxis axis = new NumberAxis(0, 4e38, 5e37);
        CompactTickFormatter f = new CompactTickFormatter(axis);
        assertEquals("4.0×10^38", f.toString(3.9999999e38));
        assertEquals("1.5×10^5", f.toString(150_000));
        assertEquals("-2.5×10^7", f.toString(-2.5e7));
        assertTrue(f.toString(3.4028235e38).length() <= 10, "short enough for the axis");

        NumberAxis ordinary = new NumberAxis(0, 2.5, 0.5);
        assertEquals(new NumberAxis.DefaultFormatter(ordinary).toString(0.5), new CompactTickFormatter(ordinary).toString(0.5));
        assertEquals(new NumberAxis.DefaultFormatter(ordinary).toString(99_999), new CompactTickFormatter(ordinary).toString(99_999));
    }
}
