package org.convscope.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.TrainingInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.ui.inspect.ProbeModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 randomly corrupted session files: each opens (and is then a sane session) or is refused
 * with a {@link SessionFileException} carrying a one-line message. Any other exception fails.
 * (The model inside gets the same treatment in ModelFileFuzzTest.)
 */
class SessionFileFuzzTest {
    private static final long SEED = Long.getLong("convscope.fuzz.seed", 20250808L);
    private static final int CASES = Integer.getInteger("convscope.fuzz.cases", 1000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    enum Mutation { ZIP_BYTES, TRUNCATE, JSON_VALUE, JSON_DELETE, JSON_TEXT, ENTRY_BYTES }

    @TempDir
    Path dir;

    @Test
    void corruptedSessionFilesOpenSanelyOrFailWithOneClearException() throws Exception {
        float[] drawing = new float[28 * 28];
        for (int i = 0; i < drawing.length; i++) drawing[i] = (i % 7) / 7f;
        Session session = new Session(Locale.KOREAN, true, DatasetKind.MNIST,
                new Session.Training(3, 64, OptimizerConfig.Kind.SGD, 0.05, 9),
                new Session.Probe(ProbeModel.Source.DRAWING, 17, drawing), "editorTab", ModelSpec.parse("c8k3-d10"),
                new Session.Lesson(List.of("kernelsTab", "poolstepTab"), List.of("run", "advanced")));
        ModelSpec spec = ModelSpec.parse("c2k3-p2-f-d10");
        SavedModel model = SavedModel.of(Sequential.build(spec, 1), DatasetKind.MNIST.classNames(Locale.ENGLISH), "mnist",
                TrainingInfo.empty());
        Path source = dir.resolve("source.convscope");
        SessionFile.write(source, model, session);
        SessionFile.Contents original = SessionFile.read(source);
        assertEquals(session.draft(), original.session().draft());
        assertEquals(session.lesson(), original.session().lesson());
        byte[] bytes = Files.readAllBytes(source);
        Map<String, byte[]> entries = entries(bytes);

        SplittableRandom random = new SplittableRandom(SEED);
        Map<Mutation, int[]> tally = new EnumMap<>(Mutation.class);
        Path target = dir.resolve("fuzz.convscope");
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            Mutation kind = Mutation.values()[random.nextInt(Mutation.values().length)];
            Files.write(target, corrupt(kind, bytes, entries, random));
            boolean loaded;
            try {
                SessionFile.Contents c = SessionFile.read(target);
                loaded = true;
                if (c.session() != null) assertSane(c.session());
            } catch (SessionFileException e) {
                loaded = false;
                String m = e.getMessage();
                assertTrue(m != null && !m.isBlank() && !m.contains("\n") && m.length() < 400, "case " + i + " (" + kind + "): " + m);
            } catch (RuntimeException | Error e) {
                fail("case " + i + " (" + kind + ") threw " + e, e);
                return;
            }
            tally.computeIfAbsent(kind, k -> new int[2])[loaded ? 0 : 1]++;
        }
        StringBuilder s = new StringBuilder();
        tally.forEach((k, v) -> s.append(String.format("%-12s loaded %3d, refused %3d%n", k, v[0], v[1])));
        System.out.print(s + "session fuzz: " + CASES + " cases in " + (System.nanoTime() - start) / 1_000_000 + " ms\n");
        for (Mutation m : Mutation.values()) assertTrue(tally.containsKey(m) && tally.get(m)[1] > 0, m + " was caught\n" + s);
    }

    private static void assertSane(Session s) {
        if (s.lesson() != null) {
            for (List<String> names : List.of(s.lesson().hiddenTabs(), s.lesson().hiddenControls())) {
                assertTrue(names.size() <= 100);
                for (String n : names) assertTrue(!n.isEmpty() && n.length() <= 100, n);
            }
        }
        if (s.training() != null) {
            assertTrue(s.training().epochs() >= 1 && s.training().epochs() <= 100);
            assertTrue(s.training().batchSize() >= 1 && s.training().learningRate() > 0);
        }
        if (s.probe() != null) {
            assertTrue(s.probe().testIndex() >= 0 && s.probe().source() != null);
            if (s.probe().drawing() != null) {
                assertEquals(28 * 28, s.probe().drawing().length);
                for (float v : s.probe().drawing()) assertTrue(v >= 0 && v <= 1);
            }
        }
    }

    private static byte[] corrupt(Mutation kind, byte[] zip, Map<String, byte[]> entries, SplittableRandom r) throws IOException {
        return switch (kind) {
            case ZIP_BYTES -> {
                byte[] b = zip.clone();
                for (int n = 1 + r.nextInt(8); n > 0; n--) b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                yield b;
            }
            case TRUNCATE -> java.util.Arrays.copyOf(zip, r.nextInt(zip.length));
            case JSON_VALUE, JSON_DELETE -> {
                ObjectNode root = (ObjectNode) JSON.readTree(entries.get(SessionFile.ENTRY));
                List<JsonNode> containers = new ArrayList<>();
                collect(root, containers);
                JsonNode target = containers.get(r.nextInt(containers.size()));
                if (target instanceof ObjectNode o && o.size() > 0) {
                    List<String> names = new ArrayList<>();
                    o.fieldNames().forEachRemaining(names::add);
                    String name = names.get(r.nextInt(names.size()));
                    if (kind == Mutation.JSON_DELETE) o.remove(name);
                    else o.set(name, randomValue(r));
                } else if (target instanceof ArrayNode a && a.size() > 0) {
                    int i = r.nextInt(a.size());
                    if (kind == Mutation.JSON_DELETE) a.remove(i);
                    else a.set(i, randomValue(r));
                }
                yield with(entries, SessionFile.ENTRY, JSON.writeValueAsBytes(root));
            }
            case JSON_TEXT -> {
                byte[] json = entries.get(SessionFile.ENTRY).clone();
                String chars = "{}[]\",:0123456789-eE.ax \\";
                for (int n = 1 + r.nextInt(4); n > 0; n--) json[r.nextInt(json.length)] = (byte) chars.charAt(r.nextInt(chars.length()));
                yield with(entries, SessionFile.ENTRY, json);
            }
            case ENTRY_BYTES -> {
                byte[] junk;
                if (r.nextInt(4) == 0) {
                    junk = new byte[(1 << 20) + 1]; // over the limit: refused by its size, before reading
                    java.util.Arrays.fill(junk, (byte) '{');
                } else {
                    junk = new byte[r.nextInt(64)];
                    r.nextBytes(junk);
                }
                yield with(entries, SessionFile.ENTRY, junk);
            }
        };
    }

    private static JsonNode randomValue(SplittableRandom r) {
        return switch (r.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("xyz");
            case 2 -> NODES.numberNode(-r.nextInt(1000));
            case 3 -> NODES.numberNode(r.nextLong());
            case 4 -> NODES.numberNode(r.nextDouble() * 3);
            case 5 -> NODES.booleanNode(r.nextBoolean());
            case 6 -> NODES.arrayNode().add(1).add("two");
            case 7 -> NODES.objectNode().put("a", 1);
            default -> NODES.textNode(new String[] {"en", "ko", "dark", "light", "mnist", "sgd", "adam", "drawing", "test_set",
                    "c8k3-f-d10", "c8k3--"}[r.nextInt(11)]);
        };
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.elements().forEachRemaining(c -> collect(c, out));
        }
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) m.put(e.getName(), readAll(in));
        }
        return m;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static byte[] with(Map<String, byte[]> entries, String name, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getKey().equals(name) ? data : e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
