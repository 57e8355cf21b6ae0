package org.convscope.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetsTest {
    @TempDir
    Path root;

    @Test
    void propertyWins() throws IOException {
        Path custom = Files.createDirectory(root.resolve("custom"));
        Path working = Files.createDirectories(root.resolve("work/assets")).getParent();
        assertEquals(custom, Assets.locate(custom.toString(), working, null));
    }

    @Test
    void propertyNamingNoDirectoryIsAnError() {
        String missing = root.resolve("nowhere").toString();
        DatasetException e = assertThrows(DatasetException.class, () -> Assets.locate(missing, root, null));
        assertEquals("-Dconvscope.assets=" + missing + " is not a directory", e.getMessage());
    }

    @Test
    void workingDirectoryComesBeforeTheJar() throws IOException {
        Path working = Files.createDirectories(root.resolve("work/assets")).getParent();
        Path jar = jarIn(Files.createDirectories(root.resolve("app")));
        Files.createDirectory(root.resolve("app/assets"));
        assertEquals(working.resolve("assets"), Assets.locate(null, working, jar));
    }

    @Test
    void findsAssetsBesideTheJar() throws IOException {
        Path app = Files.createDirectories(root.resolve("image/lib/app"));
        Files.createDirectory(app.resolve("assets"));
        assertEquals(app.resolve("assets"), Assets.locate("", root.resolve("empty"), jarIn(app)));
    }

    @Test
    void findsAssetsAboveTheJarsDirectory() throws IOException {
        Path target = Files.createDirectories(root.resolve("project/target"));
        Files.createDirectory(root.resolve("project/assets"));
        assertEquals(root.resolve("project/assets"), Assets.locate(null, root.resolve("empty"), jarIn(target)));
    }

    @Test
    void notFoundListsWhereItLooked() {
        Path target = root.resolve("project/target");
        DatasetException e = assertThrows(DatasetException.class,
                () -> Assets.locate(null, root.resolve("work"), target.resolve("convscope.jar")));
        String message = e.getMessage();
        assertTrue(message.startsWith("assets directory not found"), message);
        assertTrue(message.contains(root.resolve("work/assets").toString()), message);
        assertTrue(message.contains(target.resolve("assets").toString()), message);
        assertTrue(message.contains(root.resolve("project/assets").toString()), message);
        assertTrue(message.contains("-Dconvscope.assets"), message);
    }

    @Test
    void findsTheRepositoryAssetsWhenRunFromTheBuild() {
        // tests run from the project directory (or from target/test-classes): either way, found
        assertTrue(Files.isDirectory(Assets.datasetsDirectory().resolve("mnist")));
    }

    private static Path jarIn(Path dir) throws IOException {
        return Files.createFile(dir.resolve("convscope.jar"));
    }
}
