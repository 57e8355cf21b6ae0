package org.convscope.ui.convstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The sandbox's settings, edits and their arithmetic. */
class SandboxModelTest {

    @Test
    void aVerticalEdgeKernelFindsTheBarsEdges() {
        SandboxModel m = new SandboxModel(); // 7×7 bar in columns 2..4, vertical edge kernel, valid
        assertEquals(5, m.sizeProperty().get().size());
        assertEquals(25, m.playback().countProperty().get());
        // windows at columns 0..4: left edge rises (+), right edge falls (−), inside flat (0)
        assertEquals(3, m.outputAt(0, 0));
        assertEquals(3, m.outputAt(0, 1));
        assertEquals(0, m.outputAt(0, 2));
        assertEquals(-3, m.outputAt(0, 3));
        m.playback().jump(3);
        assertEquals(-3, m.stepProperty().get().z());
    }

    @Test
    void invalidSettingsLeaveNothingToStepAndComeBack() {
        SandboxModel m = new SandboxModel();
        m.playback().jump(6);
        m.strideProperty().set(0);
        assertEquals(OutputSize.Problem.STRIDE_TOO_SMALL, m.sizeProperty().get().problem());
        assertNull(m.arithmeticProperty().get());
        assertNull(m.stepProperty().get());
        assertEquals(0, m.playback().countProperty().get());
        m.strideProperty().set(2);
        m.paddingProperty().set(1);
        assertEquals(4, m.sizeProperty().get().size(), "⌊(7 + 2 − 2 − 1)/2⌋ + 1");
        assertNotNull(m.stepProperty().get());
        m.dilationProperty().set(4); // spans 9 cells on a padded 9: one window per axis
        assertEquals(1, m.sizeProperty().get().size());
        m.dilationProperty().set(5);
        assertEquals(OutputSize.Problem.KERNEL_LARGER_THAN_INPUT, m.sizeProperty().get().problem());
    }

    @Test
    void paintingAndEditingChangeTheProductsAndResizingKeepsTheDrawing() {
        SandboxModel m = new SandboxModel();
        m.loadInput(SandboxPresets.Input.EMPTY);
        m.kernelPresetProperty().set(SandboxPresets.Kernel.IDENTITY);
        m.paint(1, 1, 1);
        m.nudgeInput(1, 1, 2);
        assertEquals(3, m.outputAt(0, 0), "identity kernel copies the centre");
        m.nudgeKernel(1, 1, 1);
        assertEquals(6, m.outputAt(0, 0));
        m.inputSizeProperty().set(9);
        assertEquals(3, m.inputProperty().get()[1 * 9 + 1], "what was drawn stays where it was");
        m.kernelSizeProperty().set(5); // a new size takes the preset afresh
        assertEquals(25, m.kernelProperty().get().length);
        assertEquals(1, m.kernelProperty().get()[12]);
        m.paddingProperty().set(2);
        m.playback().toStart();
        ConvStep s = m.stepProperty().get();
        assertEquals(false, s.inside()[0], "the first window starts in the padding");
    }
}
