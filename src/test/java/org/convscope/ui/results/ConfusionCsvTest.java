package org.convscope.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convscope.data.DatasetKind;
import org.convscope.training.Evaluation;
import org.junit.jupiter.api.Test;

/** The confusion matrix as CSV: counts, row totals, accuracies, and names quoted where a spreadsheet needs it. */
class ConfusionCsvTest {

    @Test
    void oneRowPerTrueClassWithItsTotalAndAccuracy() {
        // 2 classes; logits: [4, 2]
        Evaluation.Builder b = new Evaluation.Builder(2);
        b.add(new float[] {1, 0, 0, 1, 1, 0, 1, 0}, new int[] {0, 0, 1, 1}, 4);
        TestResult r = new TestResult(DatasetKind.MNIST, b.build(), new int[] {0, 0, 1, 1}, 1, 10, null);
        String[] names = {"Coat, long", "Shirt \"classic\""};
        assertEquals("true \\ guessed,\"Coat, long\",\"Shirt \"\"classic\"\"\",images,accuracy\n"
                + "\"Coat, long\",1,1,2,0.5000\n"
                + "\"Shirt \"\"classic\"\"\",2,0,2,0.0000\n", ConfusionCsv.of(r, c -> names[c]));
    }
}
