package org.convscope.ui.convstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.engine.model.Inspection;
import org.junit.jupiter.api.Test;

/** The stepper keeps its place while training changes the weights, and maps clicks to windows. */
class ConvStepModelTest {
    private static final String LAYERS = "c5k3s2same-c4k3x5s2same:tanh-f-d3";

    @Test
    void newWeightsKeepLayerFilterAndPositionAndShowTheNewNumbers() {
        SimpleObjectProperty<Inspection> probe = new SimpleObjectProperty<>(ConvArithmeticTest.randomInspection(LAYERS, 1));
        ConvStepModel m = new ConvStepModel(probe);
        assertEquals(List.of(0, 1), m.layerChoices());
        m.layerProperty().set(1);
        m.filterProperty().set(3);
        m.channelProperty().set(2);
        m.playback().jump(7);
        ConvStep before = m.stepProperty().get();
        assertEquals(3, before.filter());

        probe.set(ConvArithmeticTest.randomInspection(LAYERS, 2)); // a training step later
        ConvStep after = m.stepProperty().get();
        assertEquals(1, m.layerProperty().get());
        assertEquals(3, m.filterProperty().get());
        assertEquals(2, m.channelProperty().get());
        assertEquals(7, m.playback().positionProperty().get());
        assertEquals(before.row(), after.row());
        assertEquals(before.column(), after.column());
        assertNotEquals(before.z(), after.z());
        ConvLayerTaps now = m.currentProperty().get();
        assertEquals(now.zAt(3, after.row(), after.column()), after.z(), 1e-5, "the new numbers are the new engine's");
    }

    @Test
    void anotherLayerStartsAtTheFirstWindowAndClampsTheFilter() {
        ConvStepModel m = new ConvStepModel(new SimpleObjectProperty<>(ConvArithmeticTest.randomInspection(LAYERS, 1)));
        m.filterProperty().set(4);
        m.playback().jump(20);
        m.layerProperty().set(1); // 4 filters
        assertEquals(3, m.filterProperty().get());
        assertEquals(0, m.playback().positionProperty().get());
        assertEquals(m.currentProperty().get().geometry().positions(), m.playback().countProperty().get());
        m.filterProperty().set(9);
        assertEquals(3, m.filterProperty().get());
    }

    @Test
    void clicksJumpToTheirWindow() {
        ConvStepModel m = new ConvStepModel(new SimpleObjectProperty<>(ConvArithmeticTest.randomInspection(LAYERS, 1)));
        ConvGeometry g = m.currentProperty().get().geometry(); // 11×9 → 6×5, stride 2, one zero before
        m.jumpToOutput(4, 3);
        assertEquals(4 * g.outWidth() + 3, m.playback().positionProperty().get());
        for (int oy = 0; oy < g.outHeight(); oy++) {
            for (int ox = 0; ox < g.outWidth(); ox++) {
                // clicking the centre of a window's patch selects that window
                m.jumpToInput(g.inputRow(oy, 1), g.inputColumn(ox, 1));
                ConvStep s = m.stepProperty().get();
                assertEquals(List.of(oy, ox), List.of(s.row(), s.column()));
            }
        }
        m.jumpToInput(100, -100);
        assertEquals(List.of(g.outHeight() - 1, 0), List.of(m.stepProperty().get().row(), m.stepProperty().get().column()));
    }

    @Test
    void withoutAConvLayerThereIsNothingToStep() {
        SimpleObjectProperty<Inspection> probe = new SimpleObjectProperty<>();
        ConvStepModel m = new ConvStepModel(probe);
        assertNull(m.stepProperty().get());
        assertEquals(0, m.playback().countProperty().get());
        probe.set(ConvArithmeticTest.randomInspection("f-d3", 1));
        assertEquals(-1, m.layerProperty().get());
        assertNull(m.currentProperty().get());
        probe.set(ConvArithmeticTest.randomInspection(LAYERS, 1));
        assertEquals(0, m.layerProperty().get());
        assertEquals(30, m.playback().countProperty().get(), "6×5 windows on 11×9 at stride 2, 'same'");
    }
}
