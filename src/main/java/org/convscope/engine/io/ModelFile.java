package org.convscope.engine.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.convscope.engine.layer.spec.ModelSpec;

import static org.convscope.engine.io.ParamLayout.group;

/**
 * Reads and writes the {@code .cnn.zip} model file (see {@code docs/model-format.md}): a zip holding
 * {@code model.json} (architecture, parameter layout, class names, training metadata),
 * {@code weights.bin} (little-endian float32 in file layout) and, to resume training,
 * {@code optimizer.bin}.
 *
 * <p>Reading checks everything, sizes first, before it allocates anything large, and reports every
 * problem as one {@link ModelFileException} with a one-line message. Writing is atomic: the file
 * is written beside its destination under a temporary name, synced, then renamed over it, so a
 * failure leaves any previous file as it was.
 */
public final class ModelFile {
    /** The {@code format} value in model.json. */
    public static final String FORMAT = "convscope-model";
    /** The format version this code writes, and the newest it reads. */
    public static final int VERSION = 1;
    /** The usual file name ending. */
    public static final String EXTENSION = ".cnn.zip";
    /** The most parameters a model file may have (800 MB of float32). */
    public static final int MAX_WEIGHTS = 200_000_000;
    /** The most values any layer may output for one example (also caps the input). */
    public static final int MAX_VALUES_PER_EXAMPLE = 100_000_000;
    /** The largest model.json accepted. */
    public static final int MAX_JSON_BYTES = 16 << 20;

    static final String MODEL_JSON = "model.json";
    static final String WEIGHTS_BIN = "weights.bin";
    static final String OPTIMIZER_BIN = "optimizer.bin";
    private static final int CHUNK = 1 << 16; // bytes converted at a time

    private ModelFile() {
    }

    /** Writes {@code model} to {@code file} atomically, replacing any file there only once the new one is complete. */
    public static void write(Path file, SavedModel model) throws ModelFileException {
        write(file, model, WriteHook.NONE);
    }

    /**
     * Reads and checks a model file. Every problem, from a missing file to a NaN weight, is a
     * {@link ModelFileException} whose message names the file and says what is wrong.
     */
    public static SavedModel read(Path file) throws ModelFileException {
        return read(file, null, 0).model();
    }

    /**
     * A model and one more entry of its file, which other readers ignore (the app keeps a lesson's
     * settings there, so a lesson file is also a model file).
     *
     * @param entry the extra entry's bytes, or null if the file has none
     */
    public record WithEntry(SavedModel model, byte[] entry) {
    }

    /** {@link #write(Path, SavedModel)}, plus entry {@code entryName} holding {@code entry} (deflated). */
    public static void write(Path file, SavedModel model, String entryName, byte[] entry) throws ModelFileException {
        if (entryName == null || entryName.equals(MODEL_JSON) || entryName.equals(WEIGHTS_BIN) || entryName.equals(OPTIMIZER_BIN)) {
            throw new IllegalArgumentException("not a free entry name: " + entryName);
        }
        write(file, model, WriteHook.NONE, entryName, entry);
    }

    /**
     * {@link #read(Path)}, plus the entry {@code entryName} (null: none), which may hold at most
     * {@code maxBytes}; a larger or damaged entry is a {@link ModelFileException} like any other.
     */
    public static WithEntry read(Path file, String entryName, int maxBytes) throws ModelFileException {
        String name = displayName(file);
        try {
            return readChecked(file, name, entryName, maxBytes);
        } catch (FormatProblem p) {
            throw new ModelFileException(p.messageFor(name));
        }
    }

    // ================================================================ writing

    /** Test seam: called at each stage of a write, with the temporary file; may throw to simulate a failure. */
    interface WriteHook {
        enum Stage { JSON_WRITTEN, WEIGHTS_PARTLY_WRITTEN, ENTRIES_WRITTEN, SYNCED }

        WriteHook NONE = (stage, temp) -> { };

        void reached(Stage stage, Path temp) throws IOException;
    }

    static void write(Path file, SavedModel model, WriteHook hook) throws ModelFileException {
        write(file, model, hook, null, null);
    }

    private static void write(Path file, SavedModel model, WriteHook hook, String extraName, byte[] extra)
            throws ModelFileException {
        String name = displayName(file);
        byte[] json;
        try {
            json = serialise(model);
        } catch (FormatProblem p) {
            throw new ModelFileException("cannot save " + name + ": " + p.getMessage());
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null) throw new ModelFileException("cannot save " + name + ": it has no folder");
        if (Files.isDirectory(target)) throw new ModelFileException("cannot save " + name + ": a folder of that name is in the way");
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), CHUNK))) {
                ZipEntry jsonEntry = new ZipEntry(MODEL_JSON);
                jsonEntry.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(jsonEntry);
                zip.write(json);
                zip.closeEntry();
                hook.reached(WriteHook.Stage.JSON_WRITTEN, temp);
                putFloats(zip, WEIGHTS_BIN, new float[][] {model.weights()}, hook, temp);
                OptimizerState state = model.optimizer();
                if (state != null && state.arrays().length > 0) putFloats(zip, OPTIMIZER_BIN, state.arrays(), null, temp);
                if (extraName != null) {
                    zip.putNextEntry(new ZipEntry(extraName));
                    zip.write(extra);
                    zip.closeEntry();
                }
                zip.finish();
                zip.flush();
                hook.reached(WriteHook.Stage.ENTRIES_WRITTEN, temp);
                channel.force(true);
            }
            hook.reached(WriteHook.Stage.SYNCED, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // a file system without atomic rename (some network shares): the best it offers
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof Error err) throw err;
            throw new ModelFileException("could not save " + name + ": " + describe(e), e);
        }
    }

    /** model.json's bytes, after checking the model can be written and that what is written reads back. */
    private static byte[] serialise(SavedModel model) {
        ModelSpec spec = model.spec();
        ParamLayout layout = ParamLayout.of(spec);
        checkFinite(model.weights(), "a weight", layout);
        if (model.optimizer() != null) {
            for (float[] a : model.optimizer().arrays()) checkFinite(a, "an optimizer state value", layout);
        }
        byte[] json = ModelJson.write(model, layout);
        ModelJson.Header back = ModelJson.read(json); // what we cannot read, we do not write
        if (!back.spec().equals(spec) || !back.classes().equals(model.classes())) {
            throw FormatProblem.invalid("model.json does not read back as written");
        }
        return json;
    }

    private static void checkFinite(float[] values, String what, ParamLayout layout) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw FormatProblem.invalid(what + " is " + values[i] + " (" + locate(layout, i)
                        + "); the training has diverged. Lower the learning rate and train again");
            }
        }
    }

    // STORED, so other tools can read the floats straight out of the zip; CRC and size come first
    private static void putFloats(ZipOutputStream zip, String name, float[][] arrays, WriteHook hook, Path temp)
            throws IOException {
        byte[] buf = new byte[CHUNK];
        ByteBuffer bb = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
        CRC32 crc = new CRC32();
        long bytes = 0;
        for (float[] a : arrays) {
            for (int from = 0; from < a.length; from += CHUNK / 4) {
                int n = fill(bb, a, from);
                crc.update(buf, 0, n);
                bytes += n;
            }
        }
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes);
        e.setCompressedSize(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        boolean first = true;
        for (float[] a : arrays) {
            for (int from = 0; from < a.length; from += CHUNK / 4) {
                zip.write(buf, 0, fill(bb, a, from));
                if (first && hook != null) hook.reached(WriteHook.Stage.WEIGHTS_PARTLY_WRITTEN, temp);
                first = false;
            }
        }
        zip.closeEntry();
    }

    private static int fill(ByteBuffer bb, float[] a, int from) {
        int to = Math.min(a.length, from + CHUNK / 4);
        bb.clear();
        for (int i = from; i < to; i++) bb.putFloat(a[i]);
        return bb.position();
    }

    private static void syncDirectory(Path dir) {
        // makes the rename itself durable on POSIX; not possible on every system, and not needed for atomicity
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }

    // ================================================================ reading

    private static WithEntry readChecked(Path file, String name, String extraName, int maxBytes) throws ModelFileException {
        if (Files.isDirectory(file)) throw new ModelFileException(name + " is a folder, not a model file");
        if (!Files.exists(file)) throw new ModelFileException(name + " does not exist");
        byte[] magic = new byte[4];
        int got;
        try (InputStream in = Files.newInputStream(file)) {
            got = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw new ModelFileException(name + " cannot be read: " + describe(e), e);
        }
        if (got == 0) throw FormatProblem.invalid("the file is empty (0 bytes), not a model");
        // a zip starts with a local file header (PK 3 4), or is an empty archive (PK 5 6)
        if (got < 4 || magic[0] != 'P' || magic[1] != 'K' || !((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6))) {
            throw FormatProblem.damaged("not a zip file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw FormatProblem.damaged("the zip is truncated or corrupt: " + e.getMessage());
        }
        try (zip) {
            SavedModel model = readZip(zip);
            ZipEntry extra = extraName == null ? null : entry(zip, extraName);
            return new WithEntry(model, extra == null ? null : readSmall(zip, extra, maxBytes));
        } catch (IOException e) {
            // only closing can get here: reading converts its own failures
            throw FormatProblem.damaged("the zip is truncated or corrupt: " + e.getMessage());
        }
    }

    private static SavedModel readZip(ZipFile zip) {
        ZipEntry jsonEntry = entry(zip, MODEL_JSON);
        if (jsonEntry == null) throw FormatProblem.notAModel(MODEL_JSON + " is missing");
        ModelJson.Header h = ModelJson.read(readSmall(zip, jsonEntry, MAX_JSON_BYTES));
        ParamLayout layout = h.layout();

        ZipEntry weightsEntry = entry(zip, WEIGHTS_BIN);
        if (weightsEntry == null) throw FormatProblem.invalid(WEIGHTS_BIN + " is missing");
        float[] weights = readFloats(zip, weightsEntry, 1, layout.total(), layout)[0];

        ZipEntry optimizerEntry = entry(zip, OPTIMIZER_BIN);
        ModelJson.OptimizerHeader oh = h.optimizer();
        OptimizerState optimizer = null;
        if (oh == null) {
            if (optimizerEntry != null) throw FormatProblem.invalid(OPTIMIZER_BIN + " is present but model.json has no optimizer_state");
        } else {
            float[][] arrays;
            if (oh.arrays() == 0) {
                if (optimizerEntry != null && optimizerEntry.getSize() != 0) {
                    throw FormatProblem.invalid("model.json's optimizer_state has no arrays, yet " + OPTIMIZER_BIN + " holds data");
                }
                arrays = new float[0][];
            } else {
                if (optimizerEntry == null) {
                    throw FormatProblem.invalid(OPTIMIZER_BIN + " is missing, though model.json describes optimizer_state");
                }
                arrays = readFloats(zip, optimizerEntry, oh.arrays(), oh.length(), layout);
            }
            optimizer = new OptimizerState(oh.config(), oh.steps(), arrays);
        }
        return new SavedModel(h.spec(), weights, h.classes(), h.dataset(), h.training(), optimizer);
    }

    /** The named file entry, or null if there is none (a folder entry of that name does not count). */
    private static ZipEntry entry(ZipFile zip, String name) {
        ZipEntry e;
        try {
            e = zip.getEntry(name);
        } catch (RuntimeException ex) {
            throw FormatProblem.damaged("the zip directory is corrupt: " + ex.getMessage());
        }
        return e == null || e.isDirectory() || !e.getName().equals(name) ? null : e;
    }

    private static InputStream open(ZipFile zip, ZipEntry e) {
        try {
            return zip.getInputStream(e);
        } catch (IOException | RuntimeException ex) {
            throw FormatProblem.damaged(e.getName() + " cannot be unpacked: " + ex.getMessage());
        }
    }

    /** A whole entry of at most {@code cap} bytes; no more than cap + 1 bytes are ever read. */
    private static byte[] readSmall(ZipFile zip, ZipEntry e, int cap) {
        String name = e.getName();
        if (e.getSize() > cap) {
            throw FormatProblem.invalid(name + " is " + group(e.getSize()) + " bytes, more than the " + group(cap) + " allowed");
        }
        byte[] data;
        InputStream in = open(zip, e);
        try {
            data = in.readNBytes(cap + 1);
        } catch (IOException | RuntimeException ex) {
            throw FormatProblem.damaged(name + " cannot be unpacked: " + ex.getMessage());
        } finally {
            close(in);
        }
        if (data.length > cap) throw FormatProblem.invalid(name + " is more than the " + group(cap) + " bytes allowed");
        if (e.getSize() >= 0 && data.length != e.getSize()) {
            throw FormatProblem.damaged(name + " is " + group(data.length) + " bytes, but the zip directory says " + group(e.getSize()));
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) throw FormatProblem.damaged(name + " fails its checksum");
        return data;
    }

    /**
     * {@code arrays} arrays of {@code length} little-endian floats, back to back. The entry's size
     * is checked before anything is allocated, and no more than the expected bytes are read.
     */
    private static float[][] readFloats(ZipFile zip, ZipEntry e, int arrays, int length, ParamLayout layout) {
        String name = e.getName();
        long expectedFloats = (long) arrays * length;
        long expectedBytes = 4 * expectedFloats;
        String needs = arrays == 1 ? "the architecture needs " + group(length)
                : "model.json describes " + arrays + " arrays of " + group(length) + " = " + group(expectedFloats);
        long declared = e.getSize();
        if (declared >= 0 && declared != expectedBytes) throw sizeMismatch(name, declared, needs);
        float[][] out;
        try {
            out = new float[arrays][length];
        } catch (OutOfMemoryError oom) {
            throw FormatProblem.invalid("loading it needs " + group(expectedBytes >> 20) + " MB of memory, more than Java has free");
        }
        byte[] buf = new byte[CHUNK];
        ByteBuffer bb = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
        CRC32 crc = new CRC32();
        long bytes = 0;
        long firstBad = -1;
        float badValue = 0;
        InputStream in = open(zip, e);
        try {
            for (int a = 0; a < arrays; a++) {
                float[] dst = out[a];
                for (int from = 0; from < length; from += CHUNK / 4) {
                    int want = 4 * Math.min(CHUNK / 4, length - from);
                    int n = read(in, buf, want, name);
                    crc.update(buf, 0, n);
                    bytes += n;
                    if (n < want) throw sizeMismatch(name, bytes, needs);
                    for (int i = 0; i < want / 4; i++) {
                        float f = bb.getFloat(4 * i);
                        dst[from + i] = f;
                        if (firstBad < 0 && !Float.isFinite(f)) {
                            firstBad = (long) a * length + from + i;
                            badValue = f;
                        }
                    }
                }
            }
            if (read(in, buf, 1, name) > 0) {
                throw FormatProblem.invalid(name + " holds more than the " + group(expectedFloats) + " floats "
                        + (arrays == 1 ? "the architecture needs" : "model.json describes"));
            }
        } finally {
            close(in);
        }
        if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) throw FormatProblem.damaged(name + " fails its checksum");
        if (firstBad >= 0) {
            long index = firstBad % length;
            String where = arrays == 1 ? "value " + group(index) : "array " + (firstBad / length) + ", value " + group(index);
            throw FormatProblem.invalid(name + " holds " + badValue + " at " + where + " (" + locate(layout, index)
                    + (arrays == 1 ? "): the weights are broken, perhaps saved after the training diverged"
                            : "): the optimizer state is broken"));
        }
        return out;
    }

    /** Up to {@code want} bytes (fewer only at the end of the entry); the zip library's failures mean damage. */
    private static int read(InputStream in, byte[] buf, int want, String name) {
        try {
            return in.readNBytes(buf, 0, want);
        } catch (IOException | RuntimeException ex) {
            throw FormatProblem.damaged(name + " cannot be unpacked: " + ex.getMessage());
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // everything needed has been read and checked
        }
    }

    private static FormatProblem sizeMismatch(String name, long bytes, String needs) {
        if (bytes % 4 != 0) {
            return FormatProblem.invalid(name + " is " + group(bytes) + " bytes, not a whole number of float32 values; " + needs + " floats");
        }
        return FormatProblem.invalid(name + " holds " + group(bytes / 4) + " floats but " + needs);
    }

    /** "layer 3 Dense kernel [64, 576]" for parameter {@code index}. */
    private static String locate(ParamLayout layout, long index) {
        ParamLayout.Block b = layout.blockAt(index);
        return "layer " + (b.layer() + 1) + " " + b.name() + " " + java.util.Arrays.toString(b.shape());
    }

    private static String displayName(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException n) return (n.getFile() == null ? "a folder" : n.getFile()) + " does not exist";
        if (e instanceof AccessDeniedException a) return "permission denied" + (a.getFile() == null ? "" : " (" + a.getFile() + ")");
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
