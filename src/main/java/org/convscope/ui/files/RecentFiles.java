package org.convscope.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files opened or saved lately, newest first, kept in a small text file (one path a line)
 * so they survive a restart. Losing that file loses nothing else, so its problems are ignored.
 */
public final class RecentFiles {
    public static final int MAX = 8;
    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    private RecentFiles(Path store) {
        this.store = store;
        if (store != null && Files.isRegularFile(store)) {
            try {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && files.size() < MAX) files.add(Path.of(line.strip()));
                }
            } catch (IOException | InvalidPathException | java.io.UncheckedIOException ignored) {
                files.clear(); // an unreadable list starts afresh
            }
        }
    }

    /** Kept in {@code store}. */
    public static RecentFiles at(Path store) {
        return new RecentFiles(store);
    }

    /** Kept nowhere (tests, renderings). */
    public static RecentFiles inMemory() {
        return new RecentFiles(null);
    }

    /** Kept in {@code recent-files.txt} under {@code -Dconvscope.home}, or under ~/.convscope. */
    public static RecentFiles atDefaultLocation() {
        String home = System.getProperty("convscope.home");
        Path dir = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".convscope");
        return new RecentFiles(dir.resolve("recent-files.txt"));
    }

    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** Puts {@code file} first. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
        save();
    }

    /** Forgets {@code file} (it has gone). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) save();
    }

    private void save() {
        if (store == null) return;
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            Path temp = store.resolveSibling(store.getFileName() + ".tmp");
            Files.write(temp, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, store, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException ignored) {
            // a read-only home: the list lives until the app closes
        }
    }
}
