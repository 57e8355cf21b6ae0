package org.convscope.ui.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.ui.common.I18n;
import org.convscope.ui.inspect.ProbeModel;

/**
 * session.json: a {@link Session} as JSON, and back with every field checked. A wrong value is an
 * {@link IllegalArgumentException} saying which field and what was expected; unknown fields are
 * ignored, so later versions may add their own.
 */
final class SessionJson {
    static final String FORMAT = "convscope-session";
    static final int VERSION = 1;
    private static final int DRAWING_SIZE = 28 * 28;
    private static final int MAX_NAMES = 100;
    private static final int MAX_NAME_LENGTH = 100;
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private SessionJson() {
    }

    static byte[] write(Session s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (s.language() != null) root.put("language", s.language().getLanguage());
        if (s.darkTheme() != null) root.put("theme", s.darkTheme() ? "dark" : "light");
        if (s.dataset() != null) root.put("dataset", s.dataset().id());
        if (s.training() != null) {
            Session.Training t = s.training();
            ObjectNode o = root.putObject("training");
            o.put("epochs", t.epochs());
            o.put("batch_size", t.batchSize());
            o.put("optimizer", t.optimizer().name().toLowerCase(Locale.ROOT));
            o.put("learning_rate", t.learningRate());
            o.put("seed", t.seed());
        }
        if (s.probe() != null) {
            ObjectNode o = root.putObject("probe");
            o.put("source", s.probe().source().name().toLowerCase(Locale.ROOT));
            o.put("test_index", s.probe().testIndex());
            if (s.probe().drawing() != null) {
                ArrayNode a = o.putArray("drawing");
                for (float v : s.probe().drawing()) a.add(v);
            }
        }
        if (s.tab() != null) root.putObject("view").put("tab", s.tab());
        if (s.draft() != null) root.putObject("editor").put("architecture", s.draft().toCompact());
        if (s.lesson() != null) {
            ObjectNode o = root.putObject("lesson");
            s.lesson().hiddenTabs().forEach(o.putArray("hidden_tabs")::add);
            s.lesson().hiddenControls().forEach(o.putArray("hidden_controls")::add);
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    static Session read(byte[] bytes) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw bad("is not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw bad("cannot be read (" + firstLine(e.getMessage()) + ")");
        }
        if (!(tree instanceof ObjectNode root)) throw bad("is not a JSON object");
        if (!FORMAT.equals(root.path("format").asText(null))) throw bad("has no \"format\": \"" + FORMAT + "\"");
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) throw bad("has no whole-number \"version\"");
        if (version.asLong() > VERSION || version.asLong() < 1) {
            throw bad("is version " + version.asText() + "; this ConvScope reads version " + VERSION + " (update ConvScope)");
        }
        Locale language = optionalText(root, "language") == null ? null : language(root);
        Boolean dark = theme(root);
        DatasetKind dataset = optionalText(root, "dataset") == null ? null : dataset(root);
        return new Session(language, dark, dataset, training(root), probe(root),
                root.has("view") ? optionalText(object(root, "view"), "tab") : null, draft(root), lesson(root));
    }

    private static Session.Lesson lesson(ObjectNode root) {
        if (!root.has("lesson") || root.get("lesson").isNull()) return null;
        ObjectNode l = object(root, "lesson");
        return new Session.Lesson(names(l, "hidden_tabs"), names(l, "hidden_controls"));
    }

    // a list of short names; absent or null is an empty list
    private static List<String> names(ObjectNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) return List.of();
        String path = "'lesson." + name + "'";
        if (!v.isArray() || v.size() > MAX_NAMES) throw bad(path + " must be a list of at most " + MAX_NAMES + " names");
        List<String> names = new ArrayList<>();
        for (JsonNode n : v) {
            if (!n.isTextual() || n.textValue().isEmpty() || n.textValue().length() > MAX_NAME_LENGTH) {
                throw bad(path + " must hold names of 1 to " + MAX_NAME_LENGTH + " characters, got " + shorten(n.toString()));
            }
            names.add(n.textValue());
        }
        return names;
    }

    private static Locale language(ObjectNode root) {
        String l = optionalText(root, "language");
        for (Locale s : I18n.SUPPORTED) {
            if (s.getLanguage().equals(l)) return s;
        }
        throw bad("'language' must be \"en\" or \"ko\", got \"" + shorten(l) + "\"");
    }

    private static Boolean theme(ObjectNode root) {
        String t = optionalText(root, "theme");
        if (t == null) return null;
        if (!t.equals("dark") && !t.equals("light")) throw bad("'theme' must be \"light\" or \"dark\", got \"" + shorten(t) + "\"");
        return t.equals("dark");
    }

    private static DatasetKind dataset(ObjectNode root) {
        try {
            return DatasetKind.parse(optionalText(root, "dataset"));
        } catch (IllegalArgumentException e) {
            throw bad("'dataset' must be one of " + DatasetKind.validIds());
        }
    }

    private static Session.Training training(ObjectNode root) {
        if (!root.has("training") || root.get("training").isNull()) return null;
        ObjectNode t = object(root, "training");
        String kind = requiredText(t, "training.optimizer", "optimizer");
        OptimizerConfig.Kind optimizer;
        try {
            optimizer = OptimizerConfig.Kind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw bad("'training.optimizer' must be \"adam\" or \"sgd\", got \"" + shorten(kind) + "\"");
        }
        JsonNode rate = t.get("learning_rate");
        if (rate == null || !rate.isNumber() || !(rate.doubleValue() > 0 && rate.doubleValue() <= 10)) {
            throw bad("'training.learning_rate' must be a number above 0 and at most 10, got "
                    + (rate == null ? "nothing" : shorten(rate.toString())));
        }
        double lr = rate.doubleValue();
        return new Session.Training((int) whole(t, "training.epochs", "epochs", 1, 100),
                (int) whole(t, "training.batch_size", "batch_size", 1, 60_000), optimizer, lr,
                whole(t, "training.seed", "seed", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    private static Session.Probe probe(ObjectNode root) {
        if (!root.has("probe") || root.get("probe").isNull()) return null;
        ObjectNode p = object(root, "probe");
        String source = requiredText(p, "probe.source", "source");
        ProbeModel.Source s = switch (source) {
            case "test_set" -> ProbeModel.Source.TEST_SET;
            case "drawing" -> ProbeModel.Source.DRAWING;
            default -> throw bad("'probe.source' must be \"test_set\" or \"drawing\", got \"" + shorten(source) + "\"");
        };
        int index = (int) whole(p, "probe.test_index", "test_index", 0, Integer.MAX_VALUE);
        float[] drawing = null;
        JsonNode d = p.get("drawing");
        if (d != null && !d.isNull()) {
            if (!d.isArray() || d.size() != DRAWING_SIZE) throw bad("'probe.drawing' must be a list of " + DRAWING_SIZE + " numbers");
            drawing = new float[DRAWING_SIZE];
            for (int i = 0; i < DRAWING_SIZE; i++) {
                JsonNode v = d.get(i);
                if (!v.isNumber() || !(v.doubleValue() >= 0 && v.doubleValue() <= 1)) {
                    throw bad("'probe.drawing[" + i + "]' must be a number from 0 to 1, got " + shorten(v.toString()));
                }
                drawing[i] = (float) v.doubleValue();
            }
        }
        return new Session.Probe(s, index, drawing);
    }

    private static ModelSpec draft(ObjectNode root) {
        if (!root.has("editor") || root.get("editor").isNull()) return null;
        String text = optionalText(object(root, "editor"), "architecture");
        if (text == null) return null;
        try {
            return ModelSpec.parse(text); // may not be buildable: that is for the editor to show
        } catch (ArchitectureException e) {
            throw bad("'editor.architecture' is not an architecture: " + e.getMessage());
        }
    }

    private static ObjectNode object(ObjectNode o, String name) {
        if (!(o.get(name) instanceof ObjectNode child)) throw bad("'" + name + "' must be an object {…}");
        return child;
    }

    private static String optionalText(ObjectNode o, String name) {
        JsonNode v = o.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw bad("'" + name + "' must be a string, got " + shorten(v.toString()));
        return v.textValue();
    }

    private static String requiredText(ObjectNode o, String path, String name) {
        String s = optionalText(o, name);
        if (s == null) throw bad("'" + path + "' is missing");
        return s;
    }

    private static long whole(ObjectNode o, String path, String name, long min, long max) {
        JsonNode v = o.get(name);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
            throw bad("'" + path + "' must be a whole number from " + min + " to " + max + ", got " + (v == null ? "nothing" : shorten(v.toString())));
        }
        return v.longValue();
    }

    private static IllegalArgumentException bad(String detail) {
        return new IllegalArgumentException("session.json " + detail);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : shorten(s.lines().findFirst().orElse(""));
    }
}
