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
        assertEquals("batch,1,0.5,2.25,0.125,,,1", lines.get(1));
        assertEquals("batch,2,1.0,,0.25,,,1", lines.get(2), "a NaN loss is an empty cell");
        assertEquals("epoch,,1,1.5,0.5,1.25,0.625,", lines.get(3));
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
    void aLongRunIsExportedAsMeansOfConsecutiveBatchesSayingHowMany() throws Exception {
        MetricsHistory h = new MetricsHistory(4);        // 4 points kept, then pairs merged
        for (int step = 1; step <= 9; step++) h.addBatches(List.of(new BatchPoint(step, step / 10.0, step, 1.0 / step)));
        Path f = dir.resolve("long.csv");
        MetricsExport.writeCsv(f, h);
        List<String> lines = Files.readAllLines(f);
        assertEquals(List.of(MetricsExport.CSV_HEADER,
                "batch,4,0.4,2.5,0.5208333333333333,,,4",          // batches 1-4, at the last one
                "batch,8,0.8,6.5,0.15863095238095237,,,4",
                "batch,9,0.9,9.0,0.1111111111111111,,,1"), lines, "the last row is the batch not yet merged");
        Path json = dir.resolve("long.json");
        MetricsExport.writeJson(json, new MetricsExport.Context("mnist", "c8k3-f-d10", 7, 32, "adam", 0.001), h);
        JsonNode batches = new ObjectMapper().readTree(json.toFile()).get("batches");
        assertEquals(3, batches.size());
        assertEquals(4, batches.get(0).get("batches").asInt());
        assertEquals(8, batches.get(1).get("step").asInt());
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
