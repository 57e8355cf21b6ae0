package org.convscope.engine.io;

import java.io.IOException;

/**
 * The one exception {@link ModelFile} throws: the file could not be read or written. The message
 * is one line a student can act on, and begins with the file's name, e.g.
 * {@code digits.cnn.zip: weights.bin holds 1,000 floats but the architecture needs 93,322}.
 */
public class ModelFileException extends IOException {

    public ModelFileException(String message) {
        super(oneLine(message));
    }

    public ModelFileException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Messages are shown in a status line: newlines (e.g. from a library's message) become spaces. */
    static String oneLine(String s) {
        if (s == null || s.isBlank()) return "the model file could not be read";
        String line = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        return line.length() > 400 ? line.substring(0, 397) + "..." : line;
    }
}
