package org.convscope.engine.io.onnx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.convscope.engine.io.ModelFileException;

/**
 * Writes a file as model files are written: under a temporary name beside it, synced, then
 * renamed over it, so a failure leaves any previous file as it was.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    static void write(Path file, byte[] bytes) throws ModelFileException {
        String name = name(file);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null) throw new ModelFileException("cannot save " + name + ": it has no folder");
        if (Files.isDirectory(target)) throw new ModelFileException("cannot save " + name + ": a folder of that name is in the way");
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) channel.write(b);
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING); // some network shares: the best they offer
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new ModelFileException("could not save " + name + ": " + describe(e), e);
        }
    }

    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException n) return (n.getFile() == null ? "a folder" : n.getFile()) + " does not exist";
        if (e instanceof AccessDeniedException a) return "permission denied" + (a.getFile() == null ? "" : " (" + a.getFile() + ")");
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
