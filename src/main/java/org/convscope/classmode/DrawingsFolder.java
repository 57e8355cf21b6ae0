package org.convscope.classmode;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.convscope.images.ImageFiles;

/**
 * Saves the class's drawings into a folder the teacher chose: {@code drawing-001.png} … (28×28, white ink on
 * black as MNIST's) and {@code labels.csv} ({@code file,label,answer,name}). File names come from the order
 * of the drawings only, never from anything a student sent; a name goes into the CSV quoted, and one that
 * starts like a formula is prefixed with an apostrophe, so a spreadsheet shows it instead of running it.
 */
public final class DrawingsFolder {
    /** A drawing to save: the network's answer now (it may differ from when it arrived). */
    public record Entry(StudentDrawing drawing, int answer) {
    }

    private DrawingsFolder() {
    }

    /** Writes the files into {@code folder} (which must exist), replacing files of the same names. */
    public static void write(Path folder, List<Entry> entries) throws IOException {
        if (!Files.isDirectory(folder)) throw new IOException(folder + " is not a folder");
        StringBuilder csv = new StringBuilder("file,label,answer,name\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String file = String.format(Locale.ROOT, "drawing-%03d.png", i + 1);
            ImageFiles.writePng(e.drawing().input(), folder.resolve(file));
            csv.append(file).append(',')
                    .append(e.drawing().label() == null ? "" : e.drawing().label().toString()).append(',')
                    .append(e.answer()).append(',')
                    .append(csvText(e.drawing().name())).append('\n');
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve("labels.csv"), StandardCharsets.UTF_8)) {
            w.write(csv.toString());
        }
    }

    static String csvText(String s) {
        if (s == null || s.isEmpty()) return "";
        String safe = "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
