package org.convscope.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the system's dark-mode setting from each platform's tool, with the tools faked. */
class SystemThemeTest {
    private static final String REG_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize";
    private final List<List<String>> asked = new ArrayList<>();

    /** Answers the commands whose words are joined by spaces in {@code answers}; the rest fail. */
    private SystemTheme.Commands fake(Map<String, String> answers) {
        return command -> {
            asked.add(command);
            return Optional.ofNullable(answers.get(String.join(" ", command)));
        };
    }

    private Optional<Boolean> ask(String os, String gtkTheme, Map<String, String> answers) {
        return new SystemTheme(os, gtkTheme, fake(answers)).ask();
    }

    private static String reg(String value) {
        return "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    " + value + "\r\n\r\n";
    }

    @Test
    void windowsReadsAppsUseLightTheme() {
        String cmd = "reg query " + REG_KEY + " /v AppsUseLightTheme";
        assertEquals(Optional.of(true), ask("Windows 11", null, Map.of(cmd, reg("0x0"))));
        assertEquals(Optional.of(false), ask("Windows 10", null, Map.of(cmd, reg("0x1"))));
        assertEquals(Optional.empty(), ask("Windows 10", null, Map.of(cmd, "ERROR: nothing here\r\n")));
        assertEquals(Optional.empty(), ask("Windows 7", null, Map.of()), "old Windows without the key");
        assertEquals(List.of("reg", "query", REG_KEY, "/v", "AppsUseLightTheme"), asked.get(0));
    }

    @Test
    void macOsIsDarkOnlyWhenTheKeyReadsDark() {
        String cmd = "defaults read -g AppleInterfaceStyle";
        assertEquals(Optional.of(true), ask("Mac OS X", null, Map.of(cmd, "Dark\n")));
        assertEquals(Optional.of(false), ask("Mac OS X", null, Map.of()), "the key is missing in light mode");
        assertEquals(Optional.of(false), ask("Mac OS X", null, Map.of(cmd, "Light\n")));
    }

    @Test
    void linuxTrustsGtkThemeFirst() {
        assertEquals(Optional.of(true), ask("Linux", "Adwaita:dark", Map.of()));
        assertEquals(Optional.of(false), ask("Linux", "Adwaita", Map.of()));
        assertEquals(List.of(), asked, "no tool is run when the variable says");
    }

    @Test
    void linuxAsksGnomeForItsColourSchemeThenItsThemeName() {
        String scheme = "gsettings get org.gnome.desktop.interface color-scheme";
        String theme = "gsettings get org.gnome.desktop.interface gtk-theme";
        assertEquals(Optional.of(true), ask("Linux", null, Map.of(scheme, "'prefer-dark'\n", theme, "'Adwaita'\n")));
        assertEquals(Optional.of(false), ask("Linux", "  ", Map.of(scheme, "'prefer-light'\n", theme, "'Yaru-dark'\n")));
        assertEquals(Optional.of(true), ask("Linux", null, Map.of(scheme, "'default'\n", theme, "'Yaru-dark'\n")));
        assertEquals(Optional.of(false), ask("Linux", null, Map.of(scheme, "'default'\n", theme, "'Adwaita'\n")));
        assertEquals(Optional.of(true), ask("Linux", null, Map.of(theme, "'Adwaita-dark'\n")), "old GNOME: no color-scheme key");
    }

    @Test
    void noToolMeansNoAnswer() {
        assertEquals(Optional.empty(), ask("Linux", null, Map.of()));
        assertEquals(Optional.empty(), ask("FreeBSD", "", Map.of()));
    }
}
