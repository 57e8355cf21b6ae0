package org.convscope.ui.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system asks for dark windows. JavaFX 21 cannot tell, so this asks the
 * system's own tools: GNOME's settings on Linux (or the {@code GTK_THEME} variable), the registry on
 * Windows, the global defaults on macOS. Each question has a short time limit; a system that does not
 * answer is taken as light.
 */
public final class SystemTheme {
    private static final long TIMEOUT_MILLIS = 1500;
    private static volatile Boolean cached;

    /** Runs a command and gives its standard output, or empty if it failed, timed out or does not exist. */
    public interface Commands {
        Optional<String> run(List<String> command);
    }

    private final String os;
    private final String gtkThemeVariable;
    private final Commands commands;

    SystemTheme(String os, String gtkThemeVariable, Commands commands) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.gtkThemeVariable = gtkThemeVariable;
        this.commands = commands;
    }

    /** True if this computer asks for dark windows; asked once, then remembered for the run. */
    public static boolean prefersDark() {
        Boolean dark = cached;
        if (dark == null) {
            dark = new SystemTheme(System.getProperty("os.name", ""), System.getenv("GTK_THEME"), SystemTheme::run)
                    .ask().orElse(false);
            cached = dark;
        }
        return dark;
    }

    /** Dark (true), light (false), or empty if the system does not say. */
    Optional<Boolean> ask() {
        if (os.startsWith("windows")) {
            // AppsUseLightTheme is 0x0 for dark apps, 0x1 for light; missing on old Windows (light)
            return commands.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).flatMap(out -> {
                        for (String line : out.lines().toList()) {
                            if (!line.contains("AppsUseLightTheme")) continue;
                            String value = line.trim().replaceAll(".*\\s", "");
                            return Optional.of(value.equalsIgnoreCase("0x0"));
                        }
                        return Optional.empty();
                    });
        }
        if (os.startsWith("mac")) {
            // the key exists ("Dark") only in dark mode; reading a missing key fails: light
            return Optional.of(commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false));
        }
        if (gtkThemeVariable != null && !gtkThemeVariable.isBlank()) return Optional.of(darkName(gtkThemeVariable));
        Optional<String> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent()) {
            String s = scheme.get().toLowerCase(Locale.ROOT);
            if (s.contains("prefer-dark")) return Optional.of(true);
            if (s.contains("prefer-light")) return Optional.of(false);
        }
        return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")).map(SystemTheme::darkName);
    }

    private static boolean darkName(String theme) {
        return theme.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static Optional<String> run(List<String> command) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty(); // no such tool here
        }
        try {
            p.getOutputStream().close();
            if (!p.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (p.exitValue() != 0) return Optional.empty();
            try (InputStream in = p.getInputStream()) {
                return Optional.of(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return Optional.empty();
        }
    }
}
