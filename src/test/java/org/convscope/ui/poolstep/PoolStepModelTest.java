package org.convscope.ui.poolstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.Sequential;
import org.junit.jupiter.api.Test;

/** The pooling stepper's state: the course example, layer choice, positions kept across new weights. */
class PoolStepModelTest {

    static Inspection course(long seed) {
        Sequential model = Sequential.build(ModelSpec.course(), seed);
        SplittableRandom rng = new SplittableRandom(seed);
        float[] image = new float[784];
        for (int i = 0; i < image.length; i++) image[i] = (float) rng.nextDouble();
        return Inspector.inspect(model, image);
    }

    @Test
    void theCourseExampleGivesOneHundredAndThirtySix() {
        PoolStepModel m = new PoolStepModel(new SimpleObjectProperty<>());
        assertNull(m.stepProperty().get());
        m.courseExampleProperty().set(true);
        PoolStep first = m.stepProperty().get();
        assertEquals(100, first.max());
        assertEquals(36, first.average());
        assertEquals(4, m.playback().countProperty().get());
        m.playback().step(1);
        assertEquals(184, m.stepProperty().get().max());
        assertEquals(80, m.stepProperty().get().average());
    }

    @Test
    void newWeightsKeepThePositionAndTheWinnerIsTheEngines() {
        SimpleObjectProperty<Inspection> probe = new SimpleObjectProperty<>(course(1));
        PoolStepModel m = new PoolStepModel(probe);
        assertEquals(2, m.layerChoices().size());
        m.layerProperty().set(m.layerChoices().get(1));
        m.channelProperty().set(40);
        m.playback().jump(17);
        probe.set(course(2));
        assertEquals(17, m.playback().positionProperty().get());
        assertEquals(40, m.channelProperty().get());
        PoolStep s = m.stepProperty().get();
        PoolLayerTaps t = m.currentProperty().get();
        assertEquals(t.engineWinner(40, s.row(), s.column()), s.winnerRow() * t.window().width() + s.winnerColumn());
        m.courseExampleProperty().set(true);
        assertEquals(0, m.channelProperty().get(), "the example has one channel");
        m.courseExampleProperty().set(false);
        assertEquals(0, m.playback().positionProperty().get());
    }

    @Test
    void clickingTheInputPutsTheWindowOverIt() {
        PoolStepModel m = new PoolStepModel(new SimpleObjectProperty<>(course(1)));
        m.jumpToInput(7, 12); // 2×2 stride 2 on 26×26: window (3, 6)
        assertEquals(3, m.stepProperty().get().row());
        assertEquals(6, m.stepProperty().get().column());
        m.jumpToInput(25, 25);
        assertEquals(12, m.stepProperty().get().row());
        m.jumpToOutput(5, 2);
        assertEquals(5 * 13 + 2, m.playback().positionProperty().get());
    }
}
