package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.SavedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train --save stopped inside an epoch, then train --init: the same weights as one uninterrupted training. */
class TrainResumeTest {
    @TempDir
    Path dir;

    private static String[] train(String... more) {
        String[] common = {"train", "--dataset", "mnist", "--limit", "320", "--epochs", "3", "--threads", "2"};
        String[] all = new String[common.length + more.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    @Test
    void resumedInsideAnEpochEqualsUninterrupted() throws Exception {
        Path straight = dir.resolve("straight.cnn.zip"), half = dir.resolve("half.cnn.zip"), resumed = dir.resolve("resumed.cnn.zip");
        CliTest.Result r = CliTest.run(train("--arch", "c4k3-p2-f-d10", "--seed", "4", "--steps", "15", "--save", straight.toString()));
        assertEquals(0, r.code(), r.err());
        r = CliTest.run(train("--arch", "c4k3-p2-f-d10", "--seed", "4", "--steps", "7", "--save", half.toString()));
        assertEquals(0, r.code(), r.err());
        SavedModel h = ModelFile.read(half);
        assertEquals(7, h.training().inProgress().batches(), "7 of the first epoch's 10 batches");
        r = CliTest.run(train("--init", half.toString(), "--steps", "8", "--save", resumed.toString())); // the seed comes from the file
        assertEquals(0, r.code(), r.err());

        SavedModel a = ModelFile.read(straight), b = ModelFile.read(resumed);
        assertArrayEquals(a.weights(), b.weights(), "bit for bit");
        assertEquals(a.training().steps(), b.training().steps());
        assertEquals(a.training().inProgress(), b.training().inProgress());
        assertEquals(a.training().history().stream().map(e -> e.trainLoss()).toList(),
                b.training().history().stream().map(e -> e.trainLoss()).toList());
    }
}
