package org.convscope.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Loads the bundled datasets from {@code <assets>/datasets/<folder>/}, keeping each loaded split in
 * memory: the UI and the CLI ask for the same splits again and again, and a split is read once
 * even when two threads ask for it at the same time.
 */
public final class Datasets {
    private record Key(Path root, DatasetKind kind, Split split) {
    }

    private static final ConcurrentMap<Key, CompletableFuture<Dataset>> CACHE = new ConcurrentHashMap<>();

    private Datasets() {
    }

    /** {@code kind}'s {@code split} from the assets directory {@link Assets} finds. */
    public static Dataset load(DatasetKind kind, Split split) {
        return load(Assets.datasetsDirectory(), kind, split);
    }

    /** {@code kind}'s {@code split} from {@code datasetsDir/<kind folder>/}. */
    public static Dataset load(Path datasetsDir, DatasetKind kind, Split split) {
        Key key = new Key(datasetsDir.toAbsolutePath().normalize(), kind, split);
        CompletableFuture<Dataset> mine = new CompletableFuture<>();
        CompletableFuture<Dataset> existing = CACHE.putIfAbsent(key, mine);
        if (existing != null) return await(existing);
        try {
            mine.complete(read(key.root(), kind, split));
        } catch (RuntimeException | Error e) {
            CACHE.remove(key, mine); // a failed load is not remembered: the user may fix the files and retry
            mine.completeExceptionally(e);
        }
        return await(mine);
    }

    /**
     * How many examples {@code kind}'s {@code split} has, from its images file's header: known at once, without
     * the decoding {@link #load} does (a second for a training set).
     */
    public static int count(DatasetKind kind, Split split) {
        return IdxReader.dimensions(Assets.datasetsDirectory().resolve(kind.folder()).resolve(split.imagesFile()))[0];
    }

    /** Reads without the cache. */
    public static Dataset read(Path datasetsDir, DatasetKind kind, Split split) {
        Path folder = datasetsDir.resolve(kind.folder());
        if (!Files.isDirectory(folder)) {
            throw new DatasetException(kind.displayName() + " is not installed: " + folder + " is not a directory");
        }
        IdxArray images = IdxReader.read(folder.resolve(split.imagesFile()));
        IdxArray labels = IdxReader.read(folder.resolve(split.labelsFile()));
        return Dataset.fromIdx(kind.displayName() + " " + split.id(), images, labels, kind.classCount());
    }

    /** Forgets every loaded split, releasing its memory once no one else holds it. */
    public static void clearCache() {
        CACHE.clear();
    }

    private static Dataset await(CompletableFuture<Dataset> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // rethrow the loader's own exception so callers see a DatasetException, not a wrapper
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
