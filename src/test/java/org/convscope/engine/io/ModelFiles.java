package org.convscope.engine.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;

/** Models, zips and JSON edits shared by the io tests. */
final class ModelFiles {
    static final ObjectMapper JSON = new ObjectMapper();

    private ModelFiles() {
    }

    /** The docs' worked example: c2k3-f-d3 on a 1×4×4 input, 47 parameters. */
    static ModelSpec tinySpec() {
        return ModelSpec.parse("c2k3-f-d3", Shape.image(1, 4, 4));
    }

    /** A small model using every kind of layer, 2×8×8 input, 5 classes. */
    static ModelSpec smallSpec() {
        return ModelSpec.parse("c4k3same-p2-c3k2s2:tanh-ap1-f-d16-dr0.25-relu-d5", Shape.image(2, 8, 8));
    }

    /**
     * The worked example of docs/model-format.md: {@link #tinySpec()} whose i-th weight is i, so the
     * order of weights.bin shows in the numbers, with Adam state and a two-epoch history.
     */
    static SavedModel docExample() {
        float[] w = new float[47], m = new float[47], v = new float[47];
        for (int i = 0; i < w.length; i++) {
            w[i] = i;
            m[i] = i / 1000f;
            v[i] = i / 100000f;
        }
        OptimizerConfig adam = OptimizerConfig.adam();
        TrainingInfo info = TrainingInfo.builder().seed(7L).epochs(2).batchSize(32).optimizer(adam).steps(120)
                .testAccuracy(0.75).testLoss(0.6931).created(Instant.parse("2025-03-01T09:30:00Z")).appVersion("0.1.0")
                .history(List.of(new TrainingInfo.Epoch(1, 1.0986, 0.42, 0.9, 0.6, 0.8),
                        new TrainingInfo.Epoch(2, 0.85, 0.66, 0.6931, 0.75, 0.7)))
                .build();
        return new SavedModel(tinySpec(), w, List.of("circle", "square", "triangle"), "shapes-demo", info,
                new OptimizerState(adam, 120, new float[][] {m, v}));
    }

    static List<String> classNames(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) names.add("class " + i);
        return names;
    }

    static TrainingInfo trainingInfo(OptimizerConfig config) {
        return TrainingInfo.builder().seed(42L).epochs(2).batchSize(8).optimizer(config).steps(3)
                .testAccuracy(0.75).testLoss(0.5).created(Instant.parse("2025-03-01T09:30:00.123456Z")).appVersion("0.1.0-test")
                .history(List.of(new TrainingInfo.Epoch(1, 1.25, 0.5, 1.0, 0.625, 0.5),
                        new TrainingInfo.Epoch(2, Double.NaN, 0.75, Double.NaN, Double.NaN, 0.25)))
                .inProgress(new TrainingInfo.EpochInProgress(1, 8, 5.5, 3))
                .build();
    }

    /** The small model after three Adam steps, with its optimizer state and a history. */
    static SavedModel smallTrained() {
        Sequential model = Sequential.build(smallSpec(), 7);
        OptimizerConfig config = OptimizerConfig.adam(0.01);
        Optimizer optimizer = Optimizer.create(config, model.paramCount());
        train(model, optimizer, 3, 11);
        return SavedModel.of(model, classNames(5), "test-set", trainingInfo(config), optimizer);
    }

    /** {@code steps} steps on a fixed random batch of 4. */
    static void train(Sequential model, Optimizer optimizer, int steps, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 4, size = model.inputShape().size();
        float[] x = new float[n * size];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = r.nextInt(model.classes());
        try (DataParallel dp = new DataParallel(model, 1)) {
            for (int s = 0; s < steps; s++) dp.trainStep(x, labels, n, optimizer);
        }
    }

    static float[] randomInput(Sequential model, int batch, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[batch * model.inputShape().size()];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextDouble();
        return x;
    }

    static float[] logits(Sequential model, float[] x, int batch) {
        float[] out = new float[batch * model.classes()];
        try (DataParallel dp = new DataParallel(model, 1)) {
            dp.logits(x, batch, out);
        }
        return out;
    }

    // ------------------------------------------------------------ zips

    /** Every entry of a zip, in order. */
    static Map<String, byte[]> entries(Path zipFile) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> e = zip.entries();
            while (e.hasMoreElements()) {
                ZipEntry z = e.nextElement();
                try (InputStream in = zip.getInputStream(z)) {
                    out.put(z.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    /** A zip of these entries (deflated), as another tool might write it. */
    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Path writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        Files.write(file, zip(entries));
        return file;
    }

    static ObjectNode modelJson(Map<String, byte[]> entries) throws IOException {
        return (ObjectNode) JSON.readTree(entries.get(ModelFile.MODEL_JSON));
    }

    static Map<String, byte[]> withJson(Map<String, byte[]> entries, ObjectNode json) throws IOException {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(ModelFile.MODEL_JSON, JSON.writeValueAsBytes(json));
        return copy;
    }

    static Map<String, byte[]> with(Map<String, byte[]> entries, String name, byte[] data) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        if (data == null) copy.remove(name);
        else copy.put(name, data);
        return copy;
    }

    static byte[] floats(float... values) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) b.putFloat(v);
        return b.array();
    }

    static float[] floats(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bytes.length / 4];
        for (int i = 0; i < out.length; i++) out[i] = b.getFloat();
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Streams {@code n} copies of byte {@code b} (for entries too large to hold in memory twice). */
    static void repeat(OutputStream out, int b, long n) throws IOException {
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, (byte) b);
        for (long left = n; left > 0; left -= chunk.length) out.write(chunk, 0, (int) Math.min(chunk.length, left));
    }
}
