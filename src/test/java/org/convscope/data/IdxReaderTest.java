package org.convscope.data;

import static org.convscope.data.IdxFiles.concat;
import static org.convscope.data.IdxFiles.counting;
import static org.convscope.data.IdxFiles.gzip;
import static org.convscope.data.IdxFiles.header;
import static org.convscope.data.IdxFiles.idx;
import static org.convscope.data.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsPlainImagesFile() {
        byte[] pixels = counting(3 * 4 * 5);
        pixels[7] = (byte) 200; // above 127: must come back unsigned
        IdxArray a = IdxReader.read(write(dir, "images-idx3-ubyte", idx(new int[] {3, 4, 5}, pixels)));
        assertArrayEquals(new int[] {3, 4, 5}, a.dimensions());
        assertEquals(60, a.count());
        assertEquals(200, a.unsigned(7));
        assertEquals(59, a.unsigned(59));
        assertArrayEquals(pixels, a.values());
    }

    @Test
    void readsGzipLabelsFile() {
        byte[] labels = {5, 0, 4, 1, 9};
        IdxArray a = IdxReader.read(write(dir, "labels-idx1-ubyte.gz", gzip(idx(new int[] {5}, labels))));
        assertEquals(1, a.rank());
        assertEquals(5, a.dimension(0));
        assertArrayEquals(labels, a.values());
    }

    @Test
    void detectsCompressionByContentNotByName() {
        byte[] payload = counting(2 * 3 * 3);
        IdxArray gz = IdxReader.read(write(dir, "no-extension", gzip(idx(new int[] {2, 3, 3}, payload))));
        IdxArray plain = IdxReader.read(write(dir, "misnamed.gz", idx(new int[] {2, 3, 3}, payload)));
        assertArrayEquals(payload, gz.values());
        assertArrayEquals(payload, plain.values());
    }

    @Test
    void readsGzipPayloadLargerThanOneChunk() {
        // more than the reader's first gzip allocation, so the buffer has to grow
        byte[] payload = counting(3 * 1000 * 1000);
        IdxArray a = IdxReader.read(write(dir, "big.gz", gzip(idx(new int[] {3, 1000, 1000}, payload))));
        assertArrayEquals(payload, a.values());
    }

    @Test
    void rejectsBadMagic() {
        Path file = write(dir, "bad-magic", concat(header(0x01, 0x00, 0x08, 2), new byte[2]));
        assertFails(file, "is not an IDX file", "01 00");
    }

    @Test
    void rejectsNonByteElementType() {
        Path file = write(dir, "floats", concat(header(0, 0, 0x0D, 2), new byte[8]));
        assertFails(file, "element type 0x0d (float)", "only 0x08 (unsigned byte)");
    }

    @Test
    void rejectsZeroDimension() {
        Path file = write(dir, "zero-dim", header(0, 0, 0x08, 10, 0, 28));
        assertFails(file, "dimension 2 of 3 equal to 0");
    }

    @Test
    void rejectsNegativeDimension() {
        Path file = write(dir, "negative-dim", header(0, 0, 0x08, 0x80000000));
        assertFails(file, "dimension 1 of 1 equal to -2147483648");
    }

    @Test
    void rejectsNoDimensions() {
        Path file = write(dir, "rank-zero", header(0, 0, 0x08));
        assertFails(file, "declares no dimensions");
    }

    @Test
    void rejectsAbsurdSizeBeforeAllocating() {
        // the product overflows both int and the cap; it must be refused from the header alone
        Path file = write(dir, "huge", header(0, 0, 0x08, Integer.MAX_VALUE, Integer.MAX_VALUE, 28));
        assertFails(file, "more than the limit of 100,000,000 values");
    }

    @Test
    void rejectsTruncatedHeader() {
        byte[] h = header(0, 0, 0x08, 60000, 28, 28);
        Path file = write(dir, "short-header", Arrays.copyOf(h, 9));
        assertFails(file, "too short for an IDX header: it ends after 9 bytes");
    }

    @Test
    void dimensionsComeFromTheHeaderAloneAndAreCheckedAsInAFullRead() {
        // a header whose payload is cut short: read refuses it, the header alone is sound
        Path cut = write(dir, "train-images-idx3-ubyte.gz", gzip(concat(header(0, 0, 0x08, 60000, 28, 28), new byte[1234])));
        assertArrayEquals(new int[] {60000, 28, 28}, IdxReader.dimensions(cut));
        assertArrayEquals(new int[] {5}, IdxReader.dimensions(write(dir, "labels", idx(new int[] {5}, new byte[5]))));
        // a broken header is refused with read's message
        Path shortHeader = write(dir, "short-header", Arrays.copyOf(header(0, 0, 0x08, 60000, 28, 28), 9));
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.dimensions(shortHeader));
        assertTrue(e.getMessage().contains("too short for an IDX header: it ends after 9 bytes"), e.getMessage());
        Path huge = write(dir, "huge", header(0, 0, 0x08, Integer.MAX_VALUE, Integer.MAX_VALUE, 28));
        e = assertThrows(DatasetException.class, () -> IdxReader.dimensions(huge));
        assertTrue(e.getMessage().contains("more than the limit"), e.getMessage());
        assertThrows(DatasetException.class, () -> IdxReader.dimensions(dir.resolve("missing")));
    }

    @Test
    void rejectsTruncatedPlainPayload() {
        Path file = write(dir, "train-images-idx3-ubyte", concat(header(0, 0, 0x08, 10, 28, 28), new byte[1234]));
        assertFails(file, "is truncated: expected 7,840 bytes of pixels, found 1,234");
    }

    @Test
    void rejectsTruncatedGzipPayload() {
        // a valid gzip stream whose content is shorter than its IDX header claims
        Path file = write(dir, "train-images-idx3-ubyte.gz",
                gzip(concat(header(0, 0, 0x08, 60000, 28, 28), new byte[1234])));
        assertFails(file, "train-images-idx3-ubyte.gz is truncated: expected 47,040,000 bytes of pixels, found 1,234");
    }

    @Test
    void rejectsCutGzipStream() {
        // the compressed file itself cut short, as by an interrupted download
        byte[] whole = gzip(idx(new int[] {50}, counting(50)));
        Path file = write(dir, "labels.gz", Arrays.copyOf(whole, whole.length - 12));
        assertFails(file, "is truncated");
    }

    @Test
    void rejectsTrailingBytesInPlainFile() {
        Path file = write(dir, "labels", concat(idx(new int[] {4}, counting(4)), new byte[3]));
        assertFails(file, "has 3 unexpected bytes after the 4 bytes of labels");
    }

    @Test
    void rejectsTrailingBytesInGzipFile() {
        Path file = write(dir, "labels.gz", gzip(concat(idx(new int[] {4}, counting(4)), new byte[5])));
        assertFails(file, "has 5 unexpected bytes after the 4 bytes of labels");
    }

    @Test
    void rejectsEmptyFile() {
        assertFails(write(dir, "empty.gz", new byte[0]), "is empty");
    }

    @Test
    void rejectsTextGarbage() {
        Path file = write(dir, "index.html", "<html>Not Found</html>".getBytes(StandardCharsets.US_ASCII));
        assertFails(file, "is not an IDX file: it starts with 3c 68");
    }

    @Test
    void rejectsGarbageAfterGzipMagic() {
        byte[] garbage = counting(64);
        garbage[0] = 0x1f;
        garbage[1] = (byte) 0x8b;
        assertFails(write(dir, "fake.gz", garbage), "is not a valid gzip file");
    }

    @Test
    void rejectsMissingFile() {
        assertFails(dir.resolve("absent.gz"), "does not exist");
    }

    private static void assertFails(Path file, String... expectedParts) {
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.read(file));
        String message = e.getMessage();
        assertTrue(message.startsWith(file.toString()), () -> "message should name the file: " + message);
        for (String part : expectedParts) {
            assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
        }
        assertFalse(message.contains("\n"), () -> "message should be one line: " + message);
    }
}
