package org.convscope.ui.stepper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the steppers print numbers: whole numbers plain, small ones without exponents, a real minus. */
class NumbersTest {

    @Test
    void printsAsAStudentWritesThem() {
        assertEquals("100", Numbers.format(100));
        assertEquals("36", Numbers.format(36));
        assertEquals("26.5", Numbers.format(26.5));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("0.115", Numbers.format(0.1149));
        assertEquals("\u22120.043", Numbers.format(-0.0431));
        assertEquals("0.00026", Numbers.format(2.6e-4));
        assertEquals("1.23", Numbers.format(1.2345));
        assertEquals("(\u22121)", Numbers.factor(-1));
        assertEquals("2", Numbers.factor(2));
        assertEquals("\u22120.000", Numbers.cell(-2.5e-4), "a grid cell has no room for more decimals");
        assertEquals("0.115", Numbers.cell(0.1149));
    }
}
