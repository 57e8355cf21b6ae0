package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.Course;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.learned.Activations;
import org.convscope.engine.learned.ImageSource;
import org.convscope.engine.learned.Pca;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;
import org.junit.jupiter.api.Test;

/** `embed`: one JSON line per image (index, label, x, y), the engine's PCA of the layer asked for; clear refusals. */
class EmbedCommandTest {
    private static final String MODEL = "assets/models/mnist-course.cnn.zip";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneLinePerImageWithTheEnginesPca() throws Exception {
        CliTest.Result r = CliTest.run("embed", "--model", MODEL, "--dataset", "mnist", "--count", "120", "--json");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(120, lines.size());
        SavedModel m = Course.model(DatasetKind.MNIST);
        Sequential net = m.toSequential();
        float[] images = new float[120 * 784];
        for (int i = 0; i < 120; i++) System.arraycopy(Course.image(DatasetKind.MNIST, i), 0, images, i * 784, 784);
        Activations a;
        try (WorkerPool pool = new WorkerPool(1)) {
            a = Activations.collect(net, ImageSource.of(net.inputShape(), images), 120, 6, pool);
        }
        Pca.Result pca = Pca.fit(a.values(), 120, 64, 2);
        for (int i = 0; i < 120; i++) {
            JsonNode j = JSON.readTree(lines.get(i));
            List<String> keys = new ArrayList<>();
            j.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("index", "label", "x", "y"), keys);
            assertEquals(i, j.get("index").asInt());
            assertEquals(Course.label(DatasetKind.MNIST, i), j.get("label").asInt());
            assertEquals(pca.points()[2 * i], j.get("x").asDouble(), 1e-4);
            assertEquals(pca.points()[2 * i + 1], j.get("y").asDouble(), 1e-4);
        }
    }

    @Test
    void aSummaryWithoutJsonAndTsneOnAskingForIt() {
        CliTest.Result r = CliTest.run("embed", "--model", MODEL, "--dataset", "mnist", "--count", "100", "--layer", "8", "--method", "tsne");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("100 test images of mnist through dense_1 (layer 8, 10 values), t-SNE"), r.out());
        assertTrue(r.out().contains("class  images  wrong"), r.out());
    }

    @Test
    void refusalsSayWhatIsAllowed() {
        CliTest.Result conv = CliTest.run("embed", "--model", MODEL, "--dataset", "mnist", "--layer", "1");
        assertEquals(1, conv.code());
        assertTrue(conv.err().contains("--layer must be a flat layer of this model: one of [6, 7, 8], got 1"), conv.err());
        CliTest.Result method = CliTest.run("embed", "--model", MODEL, "--dataset", "mnist", "--method", "umap");
        assertEquals(1, method.code());
        assertTrue(method.err().contains("--method must be pca or tsne"), method.err());
        assertEquals(2, CliTest.run("embed", "--model", MODEL).code(), "--dataset is required");
    }
}
