package org.convscope.engine.io.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.convscope.engine.io.ModelFileException;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 mutated ONNX files, from ConvScope's own export of a small model with every layer kind and
 * from a small PyTorch export at opset 11 (Shape/Gather/Unsqueeze/Concat/Reshape, MatMul + Add): each
 * must load as a whole, runnable model or fail with a {@link ModelFileException} whose message is
 * one line naming the file. Any other exception fails the test.
 */
class OnnxFuzzTest {
    private static final long SEED = Long.getLong("convscope.fuzz.seed", 20250419L);
    private static final int CASES = Integer.getInteger("convscope.fuzz.cases", 1000);
    /** Words of the format swapped for others of the same length, so the protobuf stays well-formed but means something else. */
    private static final List<List<String>> SWAPS = List.of(
            List.of("Conv", "Relu", "Tanh", "Gemm", "pads", "axis", "beta"),
            List.of("input", "Shape", "group", "alpha"),
            List.of("MatMul", "Concat", "Gather", "transB", "logits", "weight"),
            List.of("MaxPool", "Flatten", "Sigmoid", "Softmax", "Reshape", "Dropout", "strides"),
            List.of("Identity", "Constant", "auto_pad"));

    @TempDir
    Path dir;

    enum Mutation { FLIP_BYTES, TRUNCATE, INSERT_GARBAGE, ZERO_RANGE, RANDOM_RANGE, SWAP_WORDS, SMALL_NUMBERS }

    @Test
    void mutatedFilesLoadValidlyOrFailWithOneClearLine() throws Exception {
        SavedModel small = OnnxTestModels.seeded(ModelSpec.parse("c3k3same-p2-c4k2s1:tanh-ap1-f-d8:sigmoid-dr0.25-d5",
                Shape.image(1, 8, 8)), 1);
        List<byte[]> sources = List.of(OnnxExport.toBytes(small),
                Files.readAllBytes(Path.of("src/test/resources/onnx/small-opset11.onnx")));
        SplittableRandom random = new SplittableRandom(SEED);
        Path target = dir.resolve("fuzz.onnx");
        Map<Mutation, int[]> tally = new EnumMap<>(Mutation.class); // [loaded, refused]
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            Mutation kind = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] source = sources.get(random.nextInt(sources.size()));
            Files.write(target, mutate(kind, source, random));
            boolean loaded = tryRead(target, kind, i);
            tally.computeIfAbsent(kind, k -> new int[2])[loaded ? 0 : 1]++;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        StringBuilder summary = new StringBuilder();
        tally.forEach((k, v) -> summary.append(String.format("%-15s loaded %3d, refused %3d%n", k, v[0], v[1])));
        System.out.print(summary + "onnx fuzz: " + CASES + " cases in " + millis + " ms\n");
        for (Mutation k : Mutation.values()) assertTrue(tally.containsKey(k) && tally.get(k)[1] > 0, k + " never refused:\n" + summary);
        assertTrue(tally.values().stream().mapToInt(v -> v[0]).sum() > 0, "nothing loaded:\n" + summary);
    }

    private static boolean tryRead(Path file, Mutation kind, int i) {
        SavedModel read;
        String where = "case " + i + " (" + kind + ", seed " + SEED + ")";
        try {
            read = ModelFormats.read(file);
        } catch (ModelFileException e) {
            String m = e.getMessage();
            assertTrue(m != null && !m.isBlank(), where + ": empty message");
            assertFalse(m.contains("\n") || m.contains("\r"), where + ": message spans lines: " + m);
            assertTrue(m.startsWith("fuzz.onnx"), where + ": message does not name the file: " + m);
            return false;
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            fail(where + " threw " + t + " instead of ModelFileException\n" + trace);
            return false;
        }
        // a model that loads is whole: its sizes agree, its weights are finite, and it runs
        List<LayerInfo> infos = read.spec().infer();
        assertEquals(read.spec().totalParams(), read.weights().length, where);
        for (float w : read.weights()) assertTrue(Float.isFinite(w), where + ": non-finite weight loaded");
        assertEquals(infos.get(infos.size() - 1).output().size(), read.classes().size(), where);
        float[] x = OnnxTestModels.randomImages(read.spec().input(), 1, i);
        assertEquals(read.classes().size(), OnnxTestModels.engine(read, x, 1)[0].length, where);
        return true;
    }

    private static byte[] mutate(Mutation kind, byte[] source, SplittableRandom r) {
        byte[] b = source.clone();
        switch (kind) {
            case FLIP_BYTES -> {
                for (int n = 1 + r.nextInt(8); n > 0; n--) b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                return b;
            }
            case TRUNCATE -> {
                return Arrays.copyOf(b, r.nextInt(b.length));
            }
            case INSERT_GARBAGE -> {
                int at = r.nextInt(b.length + 1);
                byte[] garbage = new byte[1 + r.nextInt(64)];
                for (int k = 0; k < garbage.length; k++) garbage[k] = (byte) r.nextInt(256);
                byte[] out = new byte[b.length + garbage.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(garbage, 0, out, at, garbage.length);
                System.arraycopy(b, at, out, at + garbage.length, b.length - at);
                return out;
            }
            case ZERO_RANGE, RANDOM_RANGE -> {
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + r.nextInt(256));
                for (int k = from; k < to; k++) b[k] = kind == Mutation.ZERO_RANGE ? 0 : (byte) r.nextInt(256);
                return b;
            }
            case SWAP_WORDS -> {
                for (int n = 1 + r.nextInt(3); n > 0; n--) swapWord(b, r);
                return b;
            }
            case SMALL_NUMBERS -> {
                // a varint byte in the graph's first part (attributes, dims, types) becomes another small number
                int end = Math.min(b.length, graphEnd(b));
                for (int n = 1 + r.nextInt(3); n > 0; n--) {
                    int at = r.nextInt(end);
                    if ((b[at] & 0x80) == 0) b[at] = (byte) r.nextInt(20);
                }
                return b;
            }
        }
        throw new AssertionError(kind);
    }

    // where the weights start, roughly: mutations before them change structure, not values
    private static int graphEnd(byte[] b) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(".weight");
        return at < 0 ? b.length : Math.max(at, 64);
    }

    private static void swapWord(byte[] b, SplittableRandom r) {
        List<String> group = SWAPS.get(r.nextInt(SWAPS.size()));
        String text = new String(b, StandardCharsets.ISO_8859_1);
        List<Integer> hits = new ArrayList<>();
        String from = group.get(r.nextInt(group.size()));
        for (int at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) hits.add(at);
        if (hits.isEmpty()) return;
        int at = hits.get(r.nextInt(hits.size()));
        String to = group.get(r.nextInt(group.size()));
        byte[] word = to.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(word, 0, b, at, word.length);
    }
}
