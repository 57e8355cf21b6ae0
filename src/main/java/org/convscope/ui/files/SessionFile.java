package org.convscope.ui.files;

import java.nio.file.Path;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.ModelFileException;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.io.onnx.ModelFormats;

/**
 * A session file ({@code .convscope}): a model file ({@code docs/model-format.md}) with one more
 * entry, {@code session.json}, holding the rest of what the teacher prepared. Every other reader,
 * the command line included, sees it as the model it holds; any model file opens as a session
 * with nothing but a model. Written atomically, as model files are.
 */
public final class SessionFile {
    public static final String EXTENSION = ".convscope";
    static final String ENTRY = "session.json";
    private static final int MAX_ENTRY_BYTES = 1 << 20;

    /** A file's model, and its session settings if it has any (null for a plain model file). */
    public record Contents(SavedModel model, Session session) {
    }

    private SessionFile() {
    }

    public static void write(Path file, SavedModel model, Session session) throws ModelFileException {
        ModelFile.write(file, model, ENTRY, SessionJson.write(session));
    }

    /** Reads a session or model file (an {@code .onnx} too); every problem is one exception with a one-line message. */
    public static Contents read(Path file) throws SessionFileException {
        if (ModelFormats.isOnnx(file)) {
            try {
                return new Contents(ModelFormats.read(file), null);
            } catch (ModelFileException e) {
                throw new SessionFileException(e.getMessage());
            }
        }
        ModelFile.WithEntry read;
        try {
            read = ModelFile.read(file, ENTRY, MAX_ENTRY_BYTES);
        } catch (ModelFileException e) {
            throw new SessionFileException(e.getMessage());
        }
        if (read.entry() == null) return new Contents(read.model(), null);
        try {
            return new Contents(read.model(), SessionJson.read(read.entry()));
        } catch (IllegalArgumentException e) {
            Path name = file.getFileName();
            throw new SessionFileException((name == null ? file : name) + ": " + e.getMessage());
        }
    }
}
