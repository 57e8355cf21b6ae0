package org.convscope.ui.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convscope.data.DatasetKind;
import org.convscope.engine.io.JsonRecords;
import org.convscope.engine.layer.spec.ArchitectureException;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.Run;
import org.convscope.training.RunDoc;
import org.convscope.training.RunDocs;
import org.convscope.ui.common.I18n;
import org.convscope.ui.inspect.ProbeModel;

/**
 * session.json: a {@link Session} written as a {@link SessionDoc}, and read back into one with
 * every field checked. A wrong value is an {@link IllegalArgumentException} saying which field and
 * what was expected; unknown fields are ignored, so later versions may add their own.
 */
final class SessionJson {
    static final String FORMAT = "convscope-session";
    static final int VERSION = 1;
    private static final int DRAWING_SIZE = 28 * 28;
    private static final int MAX_NAMES = 100;
    private static final int MAX_NAME_LENGTH = 100;
    private static final ObjectMapper PARSER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final SessionDoc doc;
    private final JsonNode tree;

    private SessionJson(JsonNode tree) {
        this.doc = JsonRecords.bind(tree, SessionDoc.class);
        this.tree = tree;
    }

    static byte[] write(Session s) {
        Session.Training t = s.training();
        Session.Probe p = s.probe();
        List<Number> drawing = null;
        if (p != null && p.drawing() != null) {
            drawing = new ArrayList<>(p.drawing().length);
            for (float v : p.drawing()) drawing.add(v);
        }
        return JsonRecords.write(new SessionDoc(FORMAT, (long) VERSION,
                s.language() == null ? null : s.language().getLanguage(),
                s.darkTheme() == null ? null : s.darkTheme() ? "dark" : "light",
                s.dataset() == null ? null : s.dataset().id(),
                t == null ? null : new SessionDoc.Training((long) t.epochs(), (long) t.batchSize(),
                        t.optimizer().name().toLowerCase(Locale.ROOT), t.learningRate(), t.seed()),
                p == null ? null : new SessionDoc.Probe(p.source().name().toLowerCase(Locale.ROOT), (long) p.testIndex(), drawing),
                s.tab() == null ? null : new SessionDoc.View(s.tab()),
                s.draft() == null ? null : new SessionDoc.Editor(s.draft().toCompact()),
                s.lesson() == null ? null : new SessionDoc.Lesson(s.lesson().hiddenTabs(), s.lesson().hiddenControls()),
                s.runs() == null ? null : newest(s.runs()).stream().map(RunDocs::write).toList()),
                new DefaultPrettyPrinter());
    }

    static Session read(byte[] bytes) {
        JsonNode tree;
        try {
            tree = PARSER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw bad("is not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw bad("cannot be read (" + firstLine(e.getMessage()) + ")");
        }
        if (!(tree instanceof ObjectNode)) throw bad("is not a JSON object");
        return new SessionJson(tree).session();
    }

    private Session session() {
        if (!FORMAT.equals(doc.format())) throw bad("has no \"format\": \"" + FORMAT + "\"");
        // from the tree, not the record: any whole number is a version, however large, and is quoted as written
        JsonNode version = tree.get("version");
        if (version == null || !version.isIntegralNumber()) throw bad("has no whole-number \"version\"");
        if (version.asLong() > VERSION || version.asLong() < 1) {
            throw bad("is version " + version.asText() + "; this ConvScope reads version " + VERSION + " (update ConvScope)");
        }
        String l = text(doc.language(), "language");
        Locale language = l == null ? null : language(l);
        String theme = text(doc.theme(), "theme");
        if (theme != null && !theme.equals("dark") && !theme.equals("light")) {
            throw bad("'theme' must be \"light\" or \"dark\", got \"" + shorten(theme) + "\"");
        }
        String d = text(doc.dataset(), "dataset");
        DatasetKind dataset = d == null ? null : dataset(d);
        return new Session(language, theme == null ? null : theme.equals("dark"), dataset, training(), probe(),
                tree.has("view") ? tab() : null, draft(), lesson(), runs());
    }

    // a lesson's runs, however many: the newest the file may hold (it stays far below its size limit so)
    private static List<Run> newest(List<Run> runs) {
        return runs.subList(Math.max(0, runs.size() - RunDocs.MAX_RUNS), runs.size());
    }

    private List<Run> runs() {
        if (absent("runs")) return null;
        List<RunDoc> docs = doc.runs();
        if (docs == null || docs.size() > RunDocs.MAX_RUNS) throw bad("'runs' must be a list of at most " + RunDocs.MAX_RUNS + " runs");
        RunDocs check = new RunDocs(tree);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i) == null) throw bad("'runs[" + i + "]' must be an object {…}");
            try {
                runs.add(check.read(docs.get(i), "runs[" + i + "]"));
            } catch (IllegalArgumentException e) {
                throw bad(e.getMessage());
            }
        }
        return runs;
    }

    private static Locale language(String l) {
        for (Locale s : I18n.SUPPORTED) {
            if (s.getLanguage().equals(l)) return s;
        }
        throw bad("'language' must be \"en\" or \"ko\", got \"" + shorten(l) + "\"");
    }

    private static DatasetKind dataset(String id) {
        try {
            return DatasetKind.parse(id);
        } catch (IllegalArgumentException e) {
            throw bad("'dataset' must be one of " + DatasetKind.validIds());
        }
    }

    private Session.Training training() {
        SessionDoc.Training t = object(doc.training(), "training");
        if (t == null) return null;
        String kind = required(text(t.optimizer(), "training.optimizer"), "training.optimizer");
        OptimizerConfig.Kind optimizer;
        try {
            optimizer = OptimizerConfig.Kind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw bad("'training.optimizer' must be \"adam\" or \"sgd\", got \"" + shorten(kind) + "\"");
        }
        Double rate = t.learningRate();
        if (rate == null || !(rate > 0 && rate <= 10)) {
            throw bad("'training.learning_rate' must be a number above 0 and at most 10, got " + show("training.learning_rate"));
        }
        return new Session.Training((int) whole(t.epochs(), "training.epochs", 1, 100),
                (int) whole(t.batchSize(), "training.batch_size", 1, 60_000), optimizer, rate,
                whole(t.seed(), "training.seed", Long.MIN_VALUE, Long.MAX_VALUE));
    }

    private Session.Probe probe() {
        SessionDoc.Probe p = object(doc.probe(), "probe");
        if (p == null) return null;
        String source = required(text(p.source(), "probe.source"), "probe.source");
        ProbeModel.Source s = switch (source) {
            case "test_set" -> ProbeModel.Source.TEST_SET;
            case "drawing" -> ProbeModel.Source.DRAWING;
            default -> throw bad("'probe.source' must be \"test_set\" or \"drawing\", got \"" + shorten(source) + "\"");
        };
        int index = (int) whole(p.testIndex(), "probe.test_index", 0, Integer.MAX_VALUE);
        float[] drawing = null;
        if (!absent("probe.drawing")) {
            if (p.drawing() == null || p.drawing().size() != DRAWING_SIZE) {
                throw bad("'probe.drawing' must be a list of " + DRAWING_SIZE + " numbers");
            }
            drawing = new float[DRAWING_SIZE];
            for (int i = 0; i < DRAWING_SIZE; i++) {
                Number v = p.drawing().get(i);
                if (v == null || !(v.doubleValue() >= 0 && v.doubleValue() <= 1)) {
                    throw bad("'probe.drawing[" + i + "]' must be a number from 0 to 1, got " + show("probe.drawing[" + i + "]"));
                }
                drawing[i] = (float) v.doubleValue();
            }
        }
        return new Session.Probe(s, index, drawing);
    }

    // a view part that is null is refused, as it always was; its tab may be left out
    private String tab() {
        if (doc.view() == null) throw bad("'view' must be an object {…}");
        return text(doc.view().tab(), "view.tab");
    }

    private ModelSpec draft() {
        SessionDoc.Editor e = object(doc.editor(), "editor");
        String text = e == null ? null : text(e.architecture(), "editor.architecture");
        if (text == null) return null;
        try {
            return ModelSpec.parse(text); // may not be buildable: that is for the editor to show
        } catch (ArchitectureException ex) {
            throw bad("'editor.architecture' is not an architecture: " + ex.getMessage());
        }
    }

    private Session.Lesson lesson() {
        SessionDoc.Lesson l = object(doc.lesson(), "lesson");
        return l == null ? null : new Session.Lesson(names(l.hiddenTabs(), "lesson.hidden_tabs"),
                names(l.hiddenControls(), "lesson.hidden_controls"));
    }

    // a list of short names; absent or null is an empty list
    private List<String> names(List<String> names, String path) {
        if (absent(path)) return List.of();
        if (names == null || names.size() > MAX_NAMES) throw bad("'" + path + "' must be a list of at most " + MAX_NAMES + " names");
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n == null || n.isEmpty() || n.length() > MAX_NAME_LENGTH) {
                throw bad("'" + path + "' must hold names of 1 to " + MAX_NAME_LENGTH + " characters, got " + show(path + "[" + i + "]"));
            }
        }
        return names;
    }

    /** A part that may be left out or null; anything but an object is refused. */
    private <T> T object(T part, String name) {
        if (part == null && !absent(name)) throw bad("'" + name + "' must be an object {…}");
        return part;
    }

    /** A string that may be left out or null; the message names the field alone, not its path. */
    private String text(String v, String path) {
        if (v == null && !absent(path)) {
            throw bad("'" + path.substring(path.lastIndexOf('.') + 1) + "' must be a string, got " + show(path));
        }
        return v;
    }

    private static String required(String v, String path) {
        if (v == null) throw bad("'" + path + "' is missing");
        return v;
    }

    private long whole(Long v, String path, long min, long max) {
        if (v == null || v < min || v > max) {
            throw bad("'" + path + "' must be a whole number from " + min + " to " + max + ", got " + show(path));
        }
        return v;
    }

    private boolean absent(String path) {
        JsonNode v = JsonRecords.at(tree, path);
        return v.isMissingNode() || v.isNull();
    }

    private String show(String path) {
        return JsonRecords.show(JsonRecords.at(tree, path));
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
