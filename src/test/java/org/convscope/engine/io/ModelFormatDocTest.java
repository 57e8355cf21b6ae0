package org.convscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example in docs/model-format.md is what ModelFile really writes. */
class ModelFormatDocTest {
    private static final Path DOC = Path.of("docs", "model-format.md");

    @TempDir
    Path dir;

    @Test
    void workedExampleMatchesTheWriter() throws Exception {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf("<!-- BEGIN example model.json");
        int end = doc.indexOf("<!-- END example model.json -->");
        assertTrue(begin >= 0 && end > begin, "markers around the example in " + DOC);
        String block = doc.substring(begin, end);
        String documented = block.substring(block.indexOf("```json\n") + 8, block.lastIndexOf("```"));

        Path file = dir.resolve("tiny.cnn.zip");
        ModelFile.write(file, ModelFiles.docExample());
        Map<String, byte[]> entries = ModelFiles.entries(file);
        assertEquals(documented, new String(entries.get("model.json"), StandardCharsets.UTF_8),
                "docs/model-format.md shows a model.json other than the one written; update the doc");

        byte[] weights = entries.get("weights.bin");
        assertEquals(188, weights.length);
        assertTrue(doc.contains("**188 bytes**") && doc.contains("376 bytes"));
        assertEquals(376, entries.get("optimizer.bin").length);
        String start = HexFormat.ofDelimiter(" ").formatHex(weights, 0, 12);
        assertEquals("00 00 00 00 00 00 80 3f 00 00 00 40", start);
        assertTrue(doc.contains("`00 00 00 00  00 00 80 3f  00 00 00 40 …`"), "the doc shows the file's first bytes");
        float[] w = ModelFiles.floats(weights);
        for (int i = 0; i < w.length; i++) assertEquals(i, w[i], "float " + i + " is " + i + " in the example");
        assertEquals(ModelFiles.docExample(), ModelFile.read(file));
    }
}
