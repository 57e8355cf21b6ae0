package org.convscope.ui.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.Course;
import org.convscope.engine.io.SavedModel;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.Test;

/** The embedding map: PCA follows the weights, t-SNE only when asked, the drawing as a star, mistakes alone. */
class EmbeddingViewModelTest {
    private static final SavedModel COURSE = Course.model(DatasetKind.MNIST);

    private static ModelWeights weights(long version) {
        return new ModelWeights(COURSE.spec(), COURSE.toSequential().params(), version);
    }

    private static EmbeddingViewModel vm() {
        EmbeddingViewModel vm = new EmbeddingViewModel(TaskRunner.immediate(), 150);
        vm.activeProperty().set(true); // its view on screen
        vm.datasetProperty().set(DatasetKind.MNIST);
        return vm;
    }

    @Test
    void pcaOfTheDenseLayerFollowsTheWeights() {
        EmbeddingViewModel vm = vm();
        vm.weightsProperty().set(weights(1));
        EmbeddingMap m = vm.mapProperty().get();
        assertNotNull(m);
        assertEquals(Projection.PCA, m.method());
        assertEquals(6, m.layer(), "the 64-unit dense layer");
        assertEquals(64, m.activations().dims());
        assertEquals(150, m.count());
        assertTrue(m.mistakes() < 10, "the trained model gets nearly all right");
        assertEquals(3, vm.layers().size(), "flatten, dense and dense_1: the flat layers");
        vm.weightsProperty().set(weights(2));
        assertEquals(2, vm.mapProperty().get().version(), "new weights outside training: a new map");
        assertArrayEquals(m.points(), vm.mapProperty().get().points(), "the same weights place the same points, axes not flipped");
    }

    @Test
    void tsneIsMadeOnlyWhenAskedAndThenMarkedOld() {
        EmbeddingViewModel vm = vm();
        vm.weightsProperty().set(weights(1));
        vm.methodProperty().set(Projection.TSNE);
        EmbeddingMap t = vm.mapProperty().get();
        assertEquals(Projection.TSNE, t.method());
        assertNull(t.pca());
        vm.weightsProperty().set(weights(2));
        assertSame(t, vm.mapProperty().get(), "new weights do not remake a t-SNE map by themselves");
        assertTrue(vm.outdatedProperty().get());
        vm.recompute();
        assertEquals(2, vm.mapProperty().get().version());
        assertFalse(vm.outdatedProperty().get());
    }

    @Test
    void theDrawingIsAStarAndPointsAreFoundUnderThePointer() {
        EmbeddingViewModel vm = vm();
        vm.weightsProperty().set(weights(1));
        EmbeddingMap m = vm.mapProperty().get();
        assertNull(m.star());
        float[] drawing = Course.image(DatasetKind.MNIST, 0); // a test image drawn again lands on itself
        vm.drawingProperty().set(drawing);
        float[] star = vm.mapProperty().get().star();
        assertNotNull(star);
        assertArrayEquals(new float[] {m.points()[0], m.points()[1]}, star, 1e-4f);
        assertEquals(0, vm.pointNear(star[0], star[1], 1e-3));
        vm.drawingProperty().set(null);
        assertNull(vm.mapProperty().get().star());

        int wrong = -1;
        for (int i = 0; i < m.count() && wrong < 0; i++) if (m.mistake(i)) wrong = i;
        vm.mistakesOnlyProperty().set(true);
        if (wrong >= 0) assertEquals(wrong, vm.pointNear(m.points()[2 * wrong], m.points()[2 * wrong + 1], 1e-3));
        assertEquals(-1, vm.pointNear(m.points()[0], m.points()[1], 1e-6), "image 0 is right: hidden with the mistakes alone");
    }
}
