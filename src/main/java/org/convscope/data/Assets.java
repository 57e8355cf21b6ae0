package org.convscope.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code assets} directory (datasets, pretrained models, sample images). In order:
 * <ol>
 *   <li>the system property {@value #PROPERTY}, if set (an error if it is not a directory);
 *   <li>{@code ./assets} in the working directory;
 *   <li>{@code assets} beside the running jar or classes directory (an installed app image keeps
 *       it next to the jar), then one level up ({@code target/convscope.jar} → {@code assets}).
 * </ol>
 */
public final class Assets {
    public static final String PROPERTY = "convscope.assets";

    private Assets() {
    }

    /** The assets directory; throws {@link DatasetException} listing the places searched. */
    public static Path directory() {
        return locate(System.getProperty(PROPERTY), Path.of(""), codeLocation());
    }

    /** {@code assets/datasets}. */
    public static Path datasetsDirectory() {
        return directory().resolve("datasets");
    }

    /** The search itself, free of global state so it can be tested; {@code codeLocation} may be null. */
    static Path locate(String property, Path workingDir, Path codeLocation) {
        if (property != null && !property.isBlank()) {
            Path dir = Path.of(property.trim()).toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                throw new DatasetException("-D" + PROPERTY + "=" + property + " is not a directory");
            }
            return dir;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(workingDir.resolve("assets"));
        if (codeLocation != null) {
            Path beside = codeLocation.toAbsolutePath().getParent();
            if (beside != null) {
                candidates.add(beside.resolve("assets"));
                if (beside.getParent() != null) candidates.add(beside.getParent().resolve("assets"));
            }
        }
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) return candidate.toAbsolutePath().normalize();
        }
        throw new DatasetException("assets directory not found; looked in "
                + candidates.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()
                + "; set -D" + PROPERTY + "=<dir>");
    }

    /** The jar or classes directory this class was loaded from, or null when the JVM will not say. */
    private static Path codeLocation() {
        try {
            CodeSource source = Assets.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
