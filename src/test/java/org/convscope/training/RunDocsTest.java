package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convscope.engine.io.JsonRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs to JSON and back: every figure, without the weights; every wrong value refused by its path. */
class RunDocsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    private static Run roundTrip(Run r) throws Exception {
        JsonNode tree = JSON.readTree(JsonRecords.write(RunDocs.write(r), new DefaultPrettyPrinter()));
        return new RunDocs(JSON.createObjectNode().set("run", tree)).read(JsonRecords.bind(tree, RunDoc.class), "run");
    }

    @Test
    void aRunReadsBackAsItWasWithoutItsWeights() throws Exception {
        Run app = Runs.appRun("Run 1, again");
        assertEquals(app, roundTrip(app));
        Run arm = Runs.poolingArm();
        Run read = roundTrip(arm);
        assertNull(read.weights(), "weights stay in the app");
        assertEquals(arm.name(), read.name());
        assertTrue(read.isArm("pooling", "without"));
        assertEquals(arm.settings(), read.settings());
        assertEquals(arm.params(), read.params());
        assertTrue(Double.isNaN(read.seconds()));
        assertTrue(Double.isNaN(read.epochs().get(0).testLoss()), "an unmeasured loss stays unmeasured");
        assertEquals(arm.epochs().get(0).testAccuracy(), read.epochs().get(0).testAccuracy());
    }

    @Test
    void theJsonSaysWhatIsUnknownByLeavingItOut() throws Exception {
        JsonNode tree = JSON.readTree(JsonRecords.write(RunDocs.write(Runs.poolingArm()), new DefaultPrettyPrinter()));
        assertTrue(tree.has("limit"));
        assertTrue(!tree.has("seconds") && !tree.has("momentum"));
        assertTrue(!tree.get("epochs").get(0).has("test_loss"));
        JsonNode app = JSON.readTree(JsonRecords.write(RunDocs.write(Runs.appRun("a")), new DefaultPrettyPrinter()));
        assertTrue(!app.has("limit") && !app.has("experiment"), "the whole training set; not an experiment");
        assertEquals(0.9, app.get("momentum").asDouble());
        assertEquals("[1,0.5,2.25,0.125]", app.get("curve").get(0).toString());
    }

    @Test
    void wrongValuesAreRefusedByTheirPath() throws Exception {
        assertEquals("'run.params' must be a whole number from 0 to 9223372036854775807, got -1", refusal("params", -1));
        assertEquals("'run.optimizer' must be \"adam\" or \"sgd\", got \"rmsprop\"", refusal("optimizer", "rmsprop"));
        assertEquals("'run.name' is missing", refusal("name", null));
        assertTrue(refusal("architecture", "c8k3-zz").startsWith("'run.architecture' is not an architecture: "));
        assertEquals("'run.learning_rate' must be a number from above 0 to 10.0, got 0", refusal("learning_rate", 0));
        ObjectNode bad = tree(Runs.appRun("a"));
        ((ObjectNode) bad.get("epochs").get(1)).put("test_accuracy", 1.5);
        assertEquals("'run.epochs[1].test_accuracy' must be a number from 0.0 to 1.0, got 1.5", refusal(bad));
        bad = tree(Runs.appRun("a"));
        bad.withArray("curve").set(2, JSON.readTree("[3, 1.5, 0.75]"));
        assertTrue(refusal(bad).startsWith("'run.curve[2]' must be [step, epoch, loss, accuracy]"), refusal(bad));
    }

    @Test
    void exportsWriteEveryRun() throws Exception {
        List<Run> runs = List.of(Runs.appRun("Run 1, adam"), Runs.poolingArm());
        Path csv = dir.resolve("runs.csv"), json = dir.resolve("runs.json");
        RunExport.writeCsv(csv, runs);
        RunExport.writeJson(json, runs);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(RunExport.CSV_HEADER, lines.get(0));
        assertEquals("1,\"Run 1, adam\",,,mnist,c8k3-p2-f-d10,sgd,0.05,64,,13610,12.5,9600.0,0.90625,0.03125,1,0.75,0.75,0.5,0.875", lines.get(1));
        assertEquals("2,Without pooling,pooling,without,fashion-mnist,c32k3-c64k3-c64k3-f-d64-d10,adam,0.001,32,12000,2038922,,,0.75,0.0625,1,0.5,0.8125,,0.75",
                lines.get(3));
        assertEquals(4, lines.size());
        JsonNode doc = JSON.readTree(json.toFile());
        assertEquals(RunExport.FORMAT, doc.get("format").asText());
        assertEquals(1, doc.get("version").asInt());
        Run back = new RunDocs(doc).read(JsonRecords.bind(doc.get("runs").get(0), RunDoc.class), "runs[0]");
        assertEquals(runs.get(0), back);
        assertArrayEquals(new float[] {1, 2}, runs.get(1).weights(), "the export leaves the runs as they are");
    }

    private static ObjectNode tree(Run r) throws Exception {
        return (ObjectNode) JSON.readTree(JsonRecords.write(RunDocs.write(r), new DefaultPrettyPrinter()));
    }

    private static String refusal(String field, Object value) throws Exception {
        ObjectNode t = tree(Runs.appRun("a"));
        if (value == null) t.remove(field);
        else t.set(field, JSON.valueToTree(value));
        return refusal(t);
    }

    private static String refusal(ObjectNode t) {
        RunDocs docs = new RunDocs(JSON.createObjectNode().set("run", t));
        return assertThrows(IllegalArgumentException.class, () -> docs.read(JsonRecords.bind(t, RunDoc.class), "run")).getMessage();
    }
}
