package org.convscope.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent files: newest first, no repeats, at most eight, kept across restarts. */
class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstWithoutRepeatsAndKeptAcrossRestarts() throws Exception {
        Path store = dir.resolve("home/recent-files.txt");
        RecentFiles recent = RecentFiles.at(store);
        for (int i = 0; i < 10; i++) recent.add(dir.resolve("m" + i + ".cnn.zip"));
        recent.add(dir.resolve("m5.cnn.zip"));
        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(dir.resolve("m5.cnn.zip"), recent.files().get(0));
        assertEquals(dir.resolve("m9.cnn.zip"), recent.files().get(1));
        assertEquals(1, recent.files().stream().filter(p -> p.endsWith("m5.cnn.zip")).count());

        RecentFiles again = RecentFiles.at(store);
        assertEquals(recent.files(), again.files(), "read back after a restart");
        again.remove(dir.resolve("m9.cnn.zip"));
        assertEquals(List.of(), RecentFiles.at(store).files().stream().filter(p -> p.endsWith("m9.cnn.zip")).toList());
    }

    @Test
    void anUnreadableOrUnwritableStoreLosesOnlyTheList() throws Exception {
        Path store = Files.write(dir.resolve("recent-files.txt"), new byte[] {0, 1, 2, 0x0a, 'a', 0});
        RecentFiles recent = RecentFiles.at(store);
        assertTrue(recent.files().size() <= RecentFiles.MAX);
        Path blocked = Files.createDirectory(dir.resolve("blocked"));
        RecentFiles nowhere = RecentFiles.at(blocked); // a folder where the file should be: writing fails quietly
        nowhere.add(dir.resolve("x.cnn.zip"));
        assertEquals(1, nowhere.files().size());
    }
}
