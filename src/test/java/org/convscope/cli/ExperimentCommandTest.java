package org.convscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** experiment: a table of the arms, then one JSON line per arm with exactly the documented keys. */
class ExperimentCommandTest {

    @Test
    void optimizerPresetOnATinySubsetPrintsTheTableAndAJsonLinePerArm() throws Exception {
        CliTest.Result r = CliTest.run("experiment", "--preset", "optimizer", "--epochs", "1", "--limit", "64",
                "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Experiment optimizer on mnist: the first 64 training images, 1 epoch(s), batch 32, seed 1, 2 thread(s)"),
                r.out());
        assertTrue(r.out().contains("Arm 1/2: SGD") && r.out().contains("Arm 2/2: Adam"), r.out());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("SGD ") || l.startsWith("Adam ")).toList();
        assertEquals(2, rows.size(), r.out());
        assertTrue(rows.get(0).contains("c32k3-p2-c64k3-p2-c64k3-f-d64-d10") && rows.get(0).contains("93,322"), rows.get(0));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.out().lines().filter(l -> l.startsWith("{")).toList()) lines.add(new ObjectMapper().readTree(l));
        assertEquals(2, lines.size());
        assertEquals(List.of("SGD", "Adam"), lines.stream().map(n -> n.get("name").asText()).toList());
        for (JsonNode n : lines) {
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("name", "params", "test_accuracy", "train_accuracy", "seconds"), keys);
            assertEquals(93_322, n.get("params").asLong());
            double test = n.get("test_accuracy").asDouble() * 10_000, train = n.get("train_accuracy").asDouble() * 64;
            assertEquals(Math.rint(test), test, 1e-6, "a count of the 10,000 test images");
            assertEquals(Math.rint(train), train, 1e-6, "a count of the 64 training images");
            assertTrue(n.get("seconds").asDouble() > 0);
        }
    }

    @Test
    void anUnknownPresetIsRefusedWithTheChoices() {
        CliTest.Result r = CliTest.run("experiment", "--preset", "dropout");
        assertEquals(1, r.code());
        assertEquals("convscope experiment: error: unknown preset 'dropout' (pooling, depth, lr, optimizer)", r.err().strip());
        assertEquals(2, CliTest.run("experiment").code(), "--preset is required");
    }
}
