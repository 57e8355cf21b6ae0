package org.convscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

/** Both languages are complete and consistent, and switching re-renders bound texts. */
class I18nTest {

    private static Properties load(String bundle, String suffix) throws IOException {
        Properties p = new Properties();
        String path = "/" + bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = I18n.class.getResourceAsStream(path)) {
            assertTrue(in != null, "missing " + path);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String b : I18n.BUNDLES) {
            for (String key : load(b, "").stringPropertyNames()) assertTrue(seen.add(key), key + " is in two bundles");
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> s = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) s.add(m.group(1));
        return s;
    }

    @Test
    void everyKeyExistsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        for (String b : I18n.BUNDLES) bundleComplete(load(b, ""), load(b, "_ko"));
    }

    private static void bundleComplete(Properties en, Properties ko) {
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ko.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            String e = en.getProperty(key), k = ko.getProperty(key);
            assertFalse(e.isBlank(), key);
            assertFalse(k.isBlank(), key);
            assertEquals(placeholders(e), placeholders(k), key);
        }
    }

    @Test
    void koreanTextsAreKorean() throws IOException {
        for (String b : I18n.BUNDLES) koreanTexts(load(b, "_ko"));
    }

    private static void koreanTexts(Properties ko) {
        long hangul = ko.stringPropertyNames().stream().filter(k -> ko.getProperty(k).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)).count();
        // only names (Adam, ConvScope) and pure numbers may stay in Latin letters
        assertTrue(hangul >= ko.size() - 2, hangul + " of " + ko.size() + " Korean texts contain Hangul");
    }

    @Test
    void bindingsFollowTheLanguage() {
        I18n i18n = new I18n(Locale.ENGLISH);
        StringBinding title = i18n.bind("tab.training");
        assertEquals("Training", title.get());
        i18n.localeProperty().set(I18n.KOREAN);
        assertEquals("학습", title.get());
        assertEquals("에포크 2/5", i18n.get("status.epoch", 2, 5));
    }

    @Test
    void aTextReadAtOnceWhenTheLanguageChangesIsAlreadyTheNewOne() {
        // a skin re-reads a bound text inside the invalidation; it must not see the old language
        I18n i18n = new I18n(Locale.ENGLISH);
        javafx.beans.property.StringProperty text = new javafx.beans.property.SimpleStringProperty();
        text.bind(i18n.bind("tab.training"));
        String[] seen = new String[1];
        text.addListener(o -> seen[0] = text.get());
        text.get();
        i18n.localeProperty().set(I18n.KOREAN);
        assertEquals("학습", seen[0]);
        assertEquals("학습", text.get());
    }

    @Test
    void anyKoreanLocaleIsKoreanAndEverythingElseEnglish() {
        assertEquals(I18n.KOREAN, I18n.supported(Locale.forLanguageTag("ko-KR")));
        assertEquals(I18n.ENGLISH, I18n.supported(Locale.GERMANY));
        assertEquals("Training", new I18n(Locale.GERMANY).get("tab.training"));
    }

    @Test
    void missingKeyIsVisibleNotAnException() {
        assertEquals("!no.such.key!", new I18n(Locale.ENGLISH).get("no.such.key"));
    }
}
