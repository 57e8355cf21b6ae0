package org.convscope.ui.stepper;

import java.util.SplittableRandom;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.Inspector;
import org.convscope.engine.model.Sequential;
import org.convscope.ui.common.SnapshotFiles;

/** Inspections of the course model for the stepper tests, and snapshots of views for a human look. */
public final class Probes {
    private Probes() {
    }

    /** The course model, Glorot weights from {@code seed}, through a blurred blob (so the maps have a shape). */
    public static Inspection course(long seed) {
        return CACHE.computeIfAbsent(seed, Probes::inspect); // immutable by convention, so tests may share one
    }

    private static final java.util.Map<Long, Inspection> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static Inspection inspect(long seed) {
        Sequential model = Sequential.build(ModelSpec.course(), seed);
        SplittableRandom rng = new SplittableRandom(seed);
        float[] image = new float[784];
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                double d = Math.hypot((y - 14) / 9.0, (x - 13) / 6.0);
                image[y * 28 + x] = (float) Math.max(0, Math.min(1, 1.4 - d + 0.15 * rng.nextDouble()));
            }
        }
        return Inspector.inspect(model, image);
    }

    /** Saves a picture of {@code node} under target/snapshots (or -Dconvscope.snapshots) for a human to look at. */
    public static void save(Node node, String name) {
        WritableImage image = javafx.application.Platform.isFxApplicationThread() ? node.snapshot(null, null)
                : org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> node.snapshot(null, null));
        SnapshotFiles.save(image, name + ".png");
    }
}
