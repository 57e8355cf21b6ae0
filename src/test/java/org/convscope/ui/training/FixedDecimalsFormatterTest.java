package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FixedDecimalsFormatterTest {

    @Test
    void everyLabelGetsTheDecimalsOfTheTickUnit() {
        assertEquals("1.0", new FixedDecimalsFormatter(0.2).toString(1));
        assertEquals("0.8", new FixedDecimalsFormatter(0.2).toString(0.8));
        assertEquals("0.25", new FixedDecimalsFormatter(0.25).toString(0.25));
        assertEquals("0.50", new FixedDecimalsFormatter(0.25).toString(0.5));
        assertEquals("20", new FixedDecimalsFormatter(20).toString(20));
        assertEquals(0.5, new FixedDecimalsFormatter(0.1).fromString("0.5").doubleValue());
    }
}
