package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EpochAxisRangeTest {

    @Test
    void upperBoundIsTheNextWholeEpochAndAtLeastOne() {
        assertEquals(1, EpochAxisRange.upperBound(0));
        assertEquals(1, EpochAxisRange.upperBound(Double.NaN));
        assertEquals(1, EpochAxisRange.upperBound(0.4));
        assertEquals(1, EpochAxisRange.upperBound(1.0));
        assertEquals(2, EpochAxisRange.upperBound(1.0005));
        assertEquals(20, EpochAxisRange.upperBound(19.9995));
    }

    @Test
    void tickUnitKeepsAtMostTenTicksAndWholeEpochsOnceTheRunIsLonger() {
        assertEquals(0.25, EpochAxisRange.tickUnit(1));
        assertEquals(0.25, EpochAxisRange.tickUnit(2));
        assertEquals(0.5, EpochAxisRange.tickUnit(3));
        assertEquals(0.5, EpochAxisRange.tickUnit(5));
        assertEquals(1, EpochAxisRange.tickUnit(6));
        assertEquals(1, EpochAxisRange.tickUnit(10));
        assertEquals(2, EpochAxisRange.tickUnit(11));
        assertEquals(2, EpochAxisRange.tickUnit(20));
        assertEquals(5, EpochAxisRange.tickUnit(21));
        assertEquals(10, EpochAxisRange.tickUnit(100));
        assertEquals(20, EpochAxisRange.tickUnit(101));
        assertEquals(500, EpochAxisRange.tickUnit(4321));
    }
}
