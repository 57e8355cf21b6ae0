package org.convscope.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files, the format of LeCun's MNIST distribution, plain or gzip-compressed.
 *
 * <p>Only element type 0x08 (unsigned byte) is accepted; it is the type of every image and label
 * file this app uses. The header is checked in full before anything is allocated from it, and the
 * payload must be exactly as long as the header says: a short file or trailing bytes usually mean
 * a broken download, and training on half a dataset would hide that.
 */
public final class IdxReader {
    /** Largest payload accepted; MNIST's training images are 47 million. */
    public static final int MAX_VALUES = 100_000_000;

    private static final int UNSIGNED_BYTE = 0x08;
    private static final int BUFFER = 1 << 16;
    // A gzip payload's length is unknown until it is inflated, so a lying header must not be able
    // to make us allocate more than a few times what the file actually holds.
    private static final int FIRST_CHUNK = 1 << 20;
    private static final int TRAILING_COUNT_LIMIT = 1 << 20;

    private IdxReader() {
    }

    /** Reads {@code file}; throws {@link DatasetException} naming the file and the defect. */
    public static IdxArray read(Path file) {
        return open(file, (in, plainSize) -> read(in, file.toString(), plainSize));
    }

    /**
     * The dimensions {@code file}'s header declares, checked as {@link #read} checks them, without its payload:
     * how many images a split has, known in milliseconds, while decoding them takes a core for a second.
     */
    public static int[] dimensions(Path file) {
        return open(file, (in, plainSize) -> {
            String name = file.toString();
            int[] dims = readDimensions(in, checkedRank(in, name), name);
            checkedCount(dims, name);
            return dims;
        });
    }

    /** What is read from an IDX file's stream; {@code plainSize} is the file's length when uncompressed, else -1. */
    private interface Reading<T> {
        T from(InputStream in, long plainSize) throws IOException;
    }

    private static <T> T open(Path file, Reading<T> reading) {
        String name = file.toString();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            long fileSize = Files.size(file);
            if (fileSize == 0) throw new DatasetException(name + " is empty");
            boolean gzip = startsWithGzipMagic(raw);
            InputStream in = gzip ? new GZIPInputStream(raw, BUFFER) : raw;
            return reading.from(in, gzip ? -1 : fileSize);
        } catch (NoSuchFileException e) {
            throw new DatasetException(name + " does not exist", e);
        } catch (EOFException e) {
            throw new DatasetException(name + " is truncated: its gzip stream ends early", e);
        } catch (ZipException e) {
            throw new DatasetException(name + " is not a valid gzip file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DatasetException(name + " cannot be read: " + e, e);
        }
    }

    /** Detects gzip by content (bytes 1f 8b), so a renamed file still reads. */
    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    /** {@code plainSize} is the file's length when uncompressed, else -1. */
    private static IdxArray read(InputStream in, String name, long plainSize) throws IOException {
        int rank = checkedRank(in, name);
        int[] dims = readDimensions(in, rank, name);
        int count = checkedCount(dims, name);
        String noun = payloadNoun(rank);
        long headerSize = 4 + 4L * rank;
        long available = plainSize < 0 ? Long.MAX_VALUE : plainSize - headerSize;
        if (available < count) throw truncated(name, count, noun, available);

        byte[] values = readPayload(in, count, (int) Math.min(count, plainSize < 0 ? FIRST_CHUNK : available));
        if (values.length < count) throw truncated(name, count, noun, values.length);
        long trailing = countTrailing(in);
        if (trailing > 0) {
            String amount = trailing >= TRAILING_COUNT_LIMIT ? "at least " + Counts.grouped(trailing) : Counts.grouped(trailing);
            throw new DatasetException(name + " has " + amount + " unexpected bytes after the "
                    + Counts.grouped(count) + " bytes of " + noun + " its header declares");
        }
        return new IdxArray(name, dims, values);
    }

    /** The magic number's checks; returns the rank (how many dimensions follow). */
    private static int checkedRank(InputStream in, String name) throws IOException {
        byte[] magic = readHeaderBytes(in, 4, 0, name);
        if (magic[0] != 0 || magic[1] != 0) {
            throw new DatasetException(String.format("%s is not an IDX file: it starts with %02x %02x, expected 00 00",
                    name, magic[0] & 0xFF, magic[1] & 0xFF));
        }
        int type = magic[2] & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new DatasetException(String.format(
                    "%s has IDX element type 0x%02x (%s); only 0x08 (unsigned byte) is supported",
                    name, type, typeName(type)));
        }
        int rank = magic[3] & 0xFF;
        if (rank == 0) throw new DatasetException(name + " declares no dimensions");
        return rank;
    }

    private static int[] readDimensions(InputStream in, int rank, String name) throws IOException {
        byte[] raw = readHeaderBytes(in, 4 * rank, 4, name);
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            int p = 4 * i;
            dims[i] = (raw[p] & 0xFF) << 24 | (raw[p + 1] & 0xFF) << 16 | (raw[p + 2] & 0xFF) << 8 | raw[p + 3] & 0xFF;
            if (dims[i] <= 0) {
                throw new DatasetException(name + " has dimension " + (i + 1) + " of " + rank
                        + " equal to " + dims[i] + "; every dimension must be positive");
            }
        }
        return dims;
    }

    private static int checkedCount(int[] dims, String name) {
        long count = 1;
        for (int d : dims) {
            count *= d; // both factors are below 2^31 and count stays below the cap, so no overflow
            if (count > MAX_VALUES) {
                throw new DatasetException(name + " declares dimensions " + Arrays.toString(dims)
                        + ", more than the limit of " + Counts.grouped(MAX_VALUES) + " values");
            }
        }
        return (int) count;
    }

    private static byte[] readHeaderBytes(InputStream in, int length, int alreadyRead, String name) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new DatasetException(name + " is too short for an IDX header: it ends after "
                    + (alreadyRead + bytes.length) + " bytes");
        }
        return bytes;
    }

    /** Reads up to {@code count} bytes, growing from {@code initial}; a shorter array means the input ended. */
    private static byte[] readPayload(InputStream in, int count, int initial) throws IOException {
        byte[] buf = new byte[initial];
        int filled = 0;
        while (true) {
            if (filled == buf.length) {
                if (filled == count) return buf;
                buf = Arrays.copyOf(buf, (int) Math.min(count, 2L * buf.length));
            }
            int n;
            try {
                n = in.read(buf, filled, buf.length - filled);
            } catch (EOFException cutGzipStream) {
                n = -1; // reported as truncation with the byte counts, like a short plain file
            }
            if (n < 0) return Arrays.copyOf(buf, filled);
            filled += n;
        }
    }

    private static long countTrailing(InputStream in) throws IOException {
        byte[] scratch = new byte[BUFFER];
        long total = 0;
        int n;
        while (total < TRAILING_COUNT_LIMIT && (n = in.read(scratch)) > 0) total += n;
        return total;
    }

    private static DatasetException truncated(String name, int expected, String noun, long found) {
        return new DatasetException(name + " is truncated: expected " + Counts.grouped(expected)
                + " bytes of " + noun + ", found " + Counts.grouped(Math.max(0, found)));
    }

    /** MNIST's convention: idx1 files hold labels and idx3 files hold images. */
    private static String payloadNoun(int rank) {
        return switch (rank) {
            case 1 -> "labels";
            case 3 -> "pixels";
            default -> "values";
        };
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0B -> "short";
            case 0x0C -> "int";
            case 0x0D -> "float";
            case 0x0E -> "double";
            default -> "not an IDX type";
        };
    }
}
