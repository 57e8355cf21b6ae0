package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The confusion matrix, per-class accuracy and each example's guess, on logits worked out by hand. */
class EvaluationTest {

    @Test
    void countsEachGuessInItsCellAndRemembersWhichExampleItWas() {
        // three classes, five examples; logits: [5, 3]
        float[] logits = {
                2, 0, 0,    // true 0, guessed 0
                0, 3, 0,    // true 1, guessed 1
                0, 0, 1,    // true 1, guessed 2
                5, 0, 0,    // true 2, guessed 0
                0, 0, 0.5f, // true 2, guessed 2
        };
        int[] labels = {0, 1, 1, 2, 2};
        Evaluation.Builder b = new Evaluation.Builder(3);
        b.add(logits, labels, 2);                                           // in two batches, as the trainer feeds it
        b.add(java.util.Arrays.copyOfRange(logits, 6, 15), new int[] {1, 2, 2}, 3);
        Evaluation ev = b.build();

        assertEquals(5, ev.examples());
        assertEquals(3 / 5.0, ev.accuracy(), 1e-12);
        assertArrayEquals(new int[] {1, 0, 0}, ev.confusion()[0]);
        assertArrayEquals(new int[] {0, 1, 1}, ev.confusion()[1]);
        assertArrayEquals(new int[] {1, 0, 1}, ev.confusion()[2]);
        assertArrayEquals(new double[] {1, 0.5, 0.5}, ev.perClassAccuracy(), 1e-12);
        assertArrayEquals(new int[] {0, 1, 2, 0, 2}, ev.predicted());
        // softmax of [2,0,0]: e²/(e²+2)
        assertEquals(Math.exp(2) / (Math.exp(2) + 2), ev.confidence()[0], 1e-6);
        assertEquals(Math.exp(0.5) / (Math.exp(0.5) + 2), ev.confidence()[4], 1e-6);

        assertArrayEquals(new int[] {3}, ev.examplesIn(2, 0, labels, 10), "the shoe taken for a shirt: example 3");
        assertArrayEquals(new int[] {2}, ev.examplesIn(1, 2, labels, 10));
        assertArrayEquals(new int[] {}, ev.examplesIn(0, 1, labels, 10));
        assertArrayEquals(new int[] {}, ev.examplesIn(2, 2, labels, 0), "at most max");
    }

    @Test
    void growsPastItsFirstBufferWithoutLosingGuesses() {
        int n = 3000, classes = 2;
        float[] logits = new float[n * classes];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            logits[i * classes + (i % 3 == 0 ? 1 : 0)] = 1; // every third example guessed as class 1
            labels[i] = 0;
        }
        Evaluation.Builder b = new Evaluation.Builder(classes);
        for (int start = 0; start < n; start += 500) {
            b.add(java.util.Arrays.copyOfRange(logits, start * classes, (start + 500) * classes),
                    java.util.Arrays.copyOfRange(labels, start, start + 500), 500);
        }
        Evaluation ev = b.build();
        assertEquals(n, ev.predicted().length);
        assertEquals(1000, ev.confusion()[0][1]);
        int[] wrong = ev.examplesIn(0, 1, labels, 5000);
        assertEquals(1000, wrong.length);
        assertEquals(2997, wrong[999]);
    }
}
