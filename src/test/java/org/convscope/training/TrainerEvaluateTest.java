package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.junit.jupiter.api.Test;

/**
 * The test-set evaluation feeds the model a piece of the test set at a time, in a buffer kept under half a G1 region
 * (so never a humongous object: their allocations start G1's concurrent markings), and gives the figures that one
 * image at a time gives.
 */
class TrainerEvaluateTest {
    private static final int HALF_A_REGION = 512 * 1024; // G1's regions are 1 MB at the installers' 560 MB heap

    @Test
    void theInputBufferIsNeverHumongous() {
        for (int pixels : new int[] {28 * 28, 32 * 32 * 3, 64 * 64}) {
            int chunk = Trainer.evalChunk(pixels);
            assertTrue((long) chunk * pixels * Float.BYTES < HALF_A_REGION, pixels + " pixels: " + chunk + " images");
            assertEquals(0, chunk % DataParallel.INFER_CHUNK, "whole chunks for the workers");
        }
        assertEquals(144, Trainer.evalChunk(28 * 28));
    }

    @Test
    void givesWhatOneImageAtATimeGives() {
        Dataset test = Datasets.load(DatasetKind.MNIST, Split.TEST);
        int n = 1_000; // 6 buffers and a part one
        Sequential model = Sequential.build(ModelSpec.parse("c4k3-p2-f-d10"), 3);
        try (DataParallel runner = new DataParallel(model, 2)) {
            Evaluation chunked = Trainer.evaluate(runner, test, n);
            Evaluation.Builder one = new Evaluation.Builder(10);
            float[] x = new float[test.imageSize()];
            float[] logits = new float[10];
            for (int i = 0; i < n; i++) {
                test.writeNormalised(i, x, 0);
                runner.logits(x, 1, logits);
                one.add(logits, new int[] {test.label(i)}, 1);
            }
            Evaluation single = one.build();
            assertEquals(n, chunked.examples());
            assertEquals(single.loss(), chunked.loss(), 1e-12);
            assertEquals(single.accuracy(), chunked.accuracy(), 0.0);
            for (int c = 0; c < 10; c++) assertArrayEquals(single.confusion()[c], chunked.confusion()[c]);
        }
    }
}
