package org.convscope.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.ui.inspect.ProbeModel;
import org.junit.jupiter.api.Test;

/**
 * session.json byte for byte: a session written now must be the file earlier versions wrote, so
 * the writer can change inside without the format changing.
 */
class SessionJsonBytesTest {

    private static String written(Session session) {
        return new String(SessionJson.write(session), StandardCharsets.UTF_8);
    }

    @Test
    void everyPart() {
        float[] drawing = new float[28 * 28];
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < drawing.length; i++) {
            drawing[i] = (i % 7) / 7f;
            values.add(Float.toString(drawing[i])); // a float prints as the shortest text that reads back as it
        }
        Session session = new Session(Locale.KOREAN, true, DatasetKind.MNIST,
                new Session.Training(3, 64, OptimizerConfig.Kind.SGD, 0.05, 9),
                new Session.Probe(ProbeModel.Source.DRAWING, 17, drawing), "editorTab", ModelSpec.parse("c8k3-d10"),
                new Session.Lesson(List.of("kernelsTab", "poolstepTab"), List.of("run", "advanced")));
        assertEquals(EVERY_PART.formatted(values), written(session));
    }

    @Test
    void emptyListsNoDrawingAndNoEditor() {
        Session session = new Session(Locale.ENGLISH, false, DatasetKind.FASHION_MNIST,
                new Session.Training(100, 1, OptimizerConfig.Kind.ADAM, 1e-4, -5),
                new Session.Probe(ProbeModel.Source.TEST_SET, 0, null), "x", null, new Session.Lesson(List.of(), List.of()));
        assertEquals(SOME_PARTS, written(session));
    }

    @Test
    void nothingButTheFormat() {
        assertEquals(NOTHING, written(new Session(null, null, null, null, null, null, null)));
    }

    private static final String EVERY_PART = """
                {
                  "format" : "convscope-session",
                  "version" : 1,
                  "language" : "ko",
                  "theme" : "dark",
                  "dataset" : "mnist",
                  "training" : {
                    "epochs" : 3,
                    "batch_size" : 64,
                    "optimizer" : "sgd",
                    "learning_rate" : 0.05,
                    "seed" : 9
                  },
                  "probe" : {
                    "source" : "drawing",
                    "test_index" : 17,
                    "drawing" : [ %s ]
                  },
                  "view" : {
                    "tab" : "editorTab"
                  },
                  "editor" : {
                    "architecture" : "c8k3-d10"
                  },
                  "lesson" : {
                    "hidden_tabs" : [ "kernelsTab", "poolstepTab" ],
                    "hidden_controls" : [ "run", "advanced" ]
                  }
                }""";

    private static final String SOME_PARTS = """
                {
                  "format" : "convscope-session",
                  "version" : 1,
                  "language" : "en",
                  "theme" : "light",
                  "dataset" : "fashion-mnist",
                  "training" : {
                    "epochs" : 100,
                    "batch_size" : 1,
                    "optimizer" : "adam",
                    "learning_rate" : 1.0E-4,
                    "seed" : -5
                  },
                  "probe" : {
                    "source" : "test_set",
                    "test_index" : 0
                  },
                  "view" : {
                    "tab" : "x"
                  },
                  "lesson" : {
                    "hidden_tabs" : [ ],
                    "hidden_controls" : [ ]
                  }
                }""";

    private static final String NOTHING = """
                {
                  "format" : "convscope-session",
                  "version" : 1
                }""";
}
