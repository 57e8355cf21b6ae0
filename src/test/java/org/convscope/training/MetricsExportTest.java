package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsExportTest {
    @TempDir
    Path dir;

    private static MetricsHistory history() {
        MetricsHistory h = new MetricsHistory();
        h.addBatches(List.of(new BatchPoint(1, 0.5, 2.25, 0.125), new BatchPoint(2, 1.0, Double.NaN, 0.25)));
        h.addEpoch(new EpochMetrics(0, 1.5, 0.5, 1.25, 0.625, 3.0, 100));
        return h;
    }

    @Test
    void csvHasARowPerBatchAndPerEpoch() throws Exception {
        Path f = dir.resolve("m.csv");
        MetricsExport.writeCsv(f, history());
        List<String> lines = Files.readAllLines(f);
        assertEquals(MetricsExport.CSV_HEADER, lines.get(0));
        assertEquals("batch,1,0.5,2.25,0.125,,", lines.get(1));
        assertEquals("batch,2,1.0,,0.25,,", lines.get(2), "a NaN loss is an empty cell");
        assertEquals("epoch,,1,1.5,0.5,1.25,0.625", lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    void jsonCarriesTheContextAndEveryPoint() throws Exception {
        Path f = dir.resolve("m.json");
        MetricsExport.writeJson(f, new MetricsExport.Context("mnist", "c8k3-f-d10", 7, 32, "adam", 0.001), history());
        JsonNode root = new ObjectMapper().readTree(f.toFile());
        assertEquals("convscope-metrics", root.get("format").asText());
        assertEquals("mnist", root.get("dataset").asText());
        assertEquals(2, root.get("batches").size());
        assertTrue(root.get("batches").get(1).get("loss").isNull());
        assertEquals(0.625, root.get("epochs").get(0).get("test_accuracy").asDouble());
        assertEquals(1, root.get("epochs").get(0).get("epoch").asInt());
    }

    @Test
    void replacingAFileLeavesNoTemporaryBehind() throws Exception {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "old");
        MetricsExport.writeCsv(f, history());
        assertTrue(Files.readString(f).startsWith("type,"));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }
}
