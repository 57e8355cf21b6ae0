package org.convscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.convscope.engine.model.Sequential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 randomly corrupted copies of a valid model file: each must load (and then be a valid
 * model) or fail with a {@link ModelFileException} carrying a one-line message. Anything else
 * (NullPointerException, ClassCastException, OutOfMemoryError, …) fails the test.
 */
class ModelFileFuzzTest {
    /** Fixed, so a failure reproduces; -Dconvscope.fuzz.seed=… and -Dconvscope.fuzz.cases=… explore further by hand. */
    private static final long SEED = Long.getLong("convscope.fuzz.seed", 20250301L);
    private static final int CASES = Integer.getInteger("convscope.fuzz.cases", 1000);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    enum Mutation {
        FLIP_BYTES, TRUNCATE, INSERT_GARBAGE, ZERO_RANGE, RANDOM_RANGE, // on the zip's bytes
        JSON_VALUE, JSON_DELETE, JSON_TEXT, JSON_SEVERAL,                // on model.json, re-zipped
        BINARY_ENTRIES, ENTRY_NAMES                                        // on weights.bin / optimizer.bin, re-zipped
    }

    private record Outcome(boolean loaded, String message) {
    }

    @Test
    void corruptedFilesLoadValidlyOrFailWithOneClearException() throws Exception {
        SavedModel original = ModelFiles.smallTrained();
        Path source = dir.resolve("source.cnn.zip");
        ModelFile.write(source, original);
        byte[] ours = Files.readAllBytes(source);                 // stored binaries, as ModelFile writes them
        Map<String, byte[]> entries = ModelFiles.entries(source);
        byte[] foreign = ModelFiles.zip(entries);                 // everything deflated, as another tool might write it
        assertEquals(original, ModelFile.read(Files.write(dir.resolve("foreign.cnn.zip"), foreign)));

        SplittableRandom random = new SplittableRandom(SEED);
        Path target = dir.resolve("fuzz.cnn.zip");
        Map<Mutation, int[]> tally = new EnumMap<>(Mutation.class); // [loaded, refused]
        Mutation[] kinds = Mutation.values();
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            Mutation kind = kinds[random.nextInt(kinds.length)];
            byte[] corrupted = corrupt(kind, random.nextBoolean() ? ours : foreign, entries, random);
            Files.write(target, corrupted);
            Outcome outcome = tryRead(target, original, kind, i);
            tally.computeIfAbsent(kind, k -> new int[2])[outcome.loaded() ? 0 : 1]++;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        StringBuilder summary = new StringBuilder();
        tally.forEach((k, v) -> summary.append(String.format("%-15s loaded %3d, refused %3d%n", k, v[0], v[1])));
        System.out.print(summary + "fuzz: " + CASES + " cases in " + millis + " ms\n");
        // every kind of damage was tried and caught at least once, and some harmless damage loaded
        for (Mutation k : kinds) assertTrue(tally.containsKey(k) && tally.get(k)[1] > 0, k + " never refused:\n" + summary);
        int loaded = tally.values().stream().mapToInt(v -> v[0]).sum();
        assertTrue(loaded > 0 && loaded < CASES / 2, "loaded " + loaded + " of " + CASES + ":\n" + summary);
    }

    private Outcome tryRead(Path file, SavedModel original, Mutation kind, int i) {
        SavedModel read;
        try {
            read = ModelFile.read(file);
        } catch (ModelFileException e) {
            String m = e.getMessage();
            assertTrue(m != null && !m.isBlank(), "case " + i + " (" + kind + "): empty message");
            assertFalse(m.contains("\n") || m.contains("\r"), "case " + i + " (" + kind + "): message spans lines: " + m);
            assertTrue(m.startsWith("fuzz.cnn.zip"), "case " + i + " (" + kind + "): message does not name the file: " + m);
            return new Outcome(false, m);
        } catch (Throwable t) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            fail("case " + i + " (" + kind + ", seed " + SEED + ") threw " + t + " instead of ModelFileException\n" + trace);
            return null;
        }
        checkValid(read, i, kind);
        if (kind.ordinal() <= Mutation.RANDOM_RANGE.ordinal()) {
            // damage to the zip's bytes that loads must have missed everything that matters: checksums guard the rest
            assertEquals(original, read, "case " + i + " (" + kind + ") loaded a different model");
        }
        return new Outcome(true, null);
    }

    /** A model that loaded must be whole: sizes agree, values finite, and it runs. */
    private static void checkValid(SavedModel m, int i, Mutation kind) {
        String where = "case " + i + " (" + kind + ")";
        ParamLayout layout = ParamLayout.of(m.spec());
        assertEquals(layout.total(), m.weights().length, where);
        for (float w : m.weights()) assertTrue(Float.isFinite(w), where + ": non-finite weight loaded");
        assertEquals(layout.output().size(), m.classes().size(), where);
        if (m.optimizer() != null) {
            for (float[] a : m.optimizer().arrays()) {
                assertEquals(m.weights().length, a.length, where);
                for (float v : a) assertTrue(Float.isFinite(v), where + ": non-finite optimizer state loaded");
            }
        }
        Sequential model = m.toSequential();
        float[] logits = ModelFiles.logits(model, ModelFiles.randomInput(model, 1, i), 1);
        assertEquals(m.classes().size(), logits.length, where);
    }

    // ------------------------------------------------------------ mutations

    private static byte[] corrupt(Mutation kind, byte[] zip, Map<String, byte[]> entries, SplittableRandom r) throws IOException {
        switch (kind) {
            case FLIP_BYTES -> {
                byte[] b = zip.clone();
                for (int n = 1 + r.nextInt(8); n > 0; n--) b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                return b;
            }
            case TRUNCATE -> {
                return Arrays.copyOf(zip, r.nextInt(zip.length));
            }
            case INSERT_GARBAGE -> {
                int at = r.nextInt(zip.length + 1);
                byte[] garbage = randomBytes(r, 1 + r.nextInt(64));
                byte[] b = new byte[zip.length + garbage.length];
                System.arraycopy(zip, 0, b, 0, at);
                System.arraycopy(garbage, 0, b, at, garbage.length);
                System.arraycopy(zip, at, b, at + garbage.length, zip.length - at);
                return b;
            }
            case ZERO_RANGE, RANDOM_RANGE -> {
                byte[] b = zip.clone();
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + r.nextInt(256));
                for (int i = from; i < to; i++) b[i] = kind == Mutation.ZERO_RANGE ? 0 : (byte) r.nextInt(256);
                return b;
            }
            case JSON_VALUE, JSON_DELETE, JSON_SEVERAL -> {
                ObjectNode json = ModelFiles.modelJson(entries);
                int edits = kind == Mutation.JSON_SEVERAL ? 2 + r.nextInt(3) : 1;
                for (int e = 0; e < edits; e++) {
                    boolean delete = kind == Mutation.JSON_DELETE || (kind == Mutation.JSON_SEVERAL && r.nextBoolean());
                    editRandomNode(json, r, delete);
                }
                return ModelFiles.zip(ModelFiles.withJson(entries, json));
            }
            case JSON_TEXT -> {
                StringBuilder text = new StringBuilder(new String(entries.get(ModelFile.MODEL_JSON), StandardCharsets.UTF_8));
                for (int n = 1 + r.nextInt(4); n > 0; n--) {
                    int at = r.nextInt(text.length());
                    switch (r.nextInt(3)) {
                        case 0 -> text.deleteCharAt(at);
                        case 1 -> text.insert(at, "{}[],:\"0-9e.x\\ \u00e9".charAt(r.nextInt(16)));
                        default -> text.setCharAt(at, (char) (32 + r.nextInt(95)));
                    }
                }
                return ModelFiles.zip(ModelFiles.with(entries, ModelFile.MODEL_JSON, text.toString().getBytes(StandardCharsets.UTF_8)));
            }
            case BINARY_ENTRIES -> {
                String name = r.nextBoolean() ? ModelFile.WEIGHTS_BIN : ModelFile.OPTIMIZER_BIN;
                byte[] data = entries.get(name).clone();
                byte[] changed = switch (r.nextInt(5)) {
                    case 0 -> Arrays.copyOf(data, r.nextInt(data.length));                 // too short
                    case 1 -> Arrays.copyOf(data, data.length + 1 + r.nextInt(16));        // too long
                    case 2 -> {                                                            // a NaN or infinity
                        int at = 4 * r.nextInt(data.length / 4);
                        int bits = r.nextBoolean() ? 0x7fc00000 | r.nextInt(1 << 22) : (r.nextBoolean() ? 0x7f800000 : 0xff800000);
                        for (int k = 0; k < 4; k++) data[at + k] = (byte) (bits >>> (8 * k));
                        yield data;
                    }
                    case 3 -> null;                                                        // missing
                    default -> {                                                           // other finite values: loads
                        int at = 4 * r.nextInt(data.length / 4);
                        data[at] ^= 1;
                        yield data;
                    }
                };
                return ModelFiles.zip(ModelFiles.with(entries, name, changed));
            }
            case ENTRY_NAMES -> {
                List<String> names = new ArrayList<>(entries.keySet());
                int v = r.nextInt(names.size());
                String victim = names.get(v);
                Map<String, byte[]> changed = new LinkedHashMap<>();
                int how = r.nextInt(4);
                for (String n : names) {
                    if (!n.equals(victim)) changed.put(n, entries.get(n));
                    else if (how == 0) changed.put(n.toUpperCase(java.util.Locale.ROOT), entries.get(n));
                    else if (how == 1) changed.put("folder/" + n, entries.get(n));
                    else if (how == 2) changed.put(n + "~", entries.get(n));
                }
                if (how == 3) { // swap two entries' contents
                    String other = names.get((v + 1) % names.size());
                    changed.put(victim, entries.get(other));
                    changed.put(other, entries.get(victim));
                }
                return ModelFiles.zip(changed);
            }
            default -> throw new AssertionError(kind);
        }
    }

    /** Picks a random field or element anywhere in the tree and deletes or replaces it. */
    private static void editRandomNode(ObjectNode root, SplittableRandom r, boolean delete) {
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode container = containers.get(r.nextInt(containers.size()));
        if (container.size() == 0) return;
        if (container instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(r.nextInt(names.size()));
            if (delete) o.remove(name);
            else o.set(name, replacement(o.get(name), r));
        } else {
            ArrayNode a = (ArrayNode) container;
            int i = r.nextInt(a.size());
            if (delete) a.remove(i);
            else a.set(i, replacement(a.get(i), r));
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> out) {
        if (!node.isContainerNode()) return;
        out.add(node);
        node.elements().forEachRemaining(child -> collectContainers(child, out));
    }

    private static JsonNode replacement(JsonNode old, SplittableRandom r) {
        return switch (r.nextInt(16)) {
            case 0 -> NODES.numberNode(1e300);
            case 1 -> NODES.numberNode(Long.MAX_VALUE);
            case 2 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(0);
            case 5 -> NODES.numberNode(Integer.MIN_VALUE);
            case 6 -> NODES.numberNode(2.5);
            case 7 -> NODES.textNode("x");
            case 8 -> NODES.textNode("");
            case 9 -> NODES.nullNode();
            case 10 -> NODES.booleanNode(true);
            case 11 -> NODES.arrayNode();
            case 12 -> NODES.objectNode();
            case 13 -> NODES.arrayNode().add(1_000_000_000).add(1_000_000_000);
            case 14 -> old.isNumber() ? NODES.numberNode(old.asLong() + (r.nextBoolean() ? 1 : -1)) : NODES.numberNode(3);
            default -> old.isTextual() ? NODES.textNode(old.asText() + "0") : NODES.textNode("relu");
        };
    }

    private static byte[] randomBytes(SplittableRandom r, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) r.nextInt(256);
        return b;
    }
}
