package org.convscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.convscope.ui.shell.Views;
import org.junit.jupiter.api.Test;

/** Every tab of the window has a "?" card whose texts and glossary words exist in both languages. */
class ViewHelpTest {
    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ViewHelpTest.class.getResourceAsStream("/org/convscope/ui/help/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static void assertText(Properties p, String key, String language) {
        String v = p.getProperty(key);
        assertTrue(v != null && !v.isBlank(), key + " is missing or blank in " + language);
    }

    @Test
    void everyTabOfTheWindowHasHelpInBothLanguages() throws IOException {
        Properties en = bundle(""), ko = bundle("_ko");
        List<String> ids = Views.all().stream().map(Views.ViewTab::id).toList();
        assertEquals(14, ids.size());
        for (String id : ids) {
            ViewHelp h = ViewHelp.of(id).orElseThrow(() -> new AssertionError(id + " has no help"));
            assertEquals(id, h.tabId());
            for (String key : List.of(h.titleKey(), h.seesKey(), h.tryKey())) {
                assertText(en, key, "English");
                assertText(ko, key, "Korean");
                assertNotEquals(en.getProperty(key), ko.getProperty(key), key + " is translated");
            }
            assertFalse(h.termIds().isEmpty(), id + " names its words");
            for (GlossaryTerm t : h.terms()) { // resolves every id, or throws
                assertText(en, t.nameKey(), "English");
                assertText(ko, t.nameKey(), "Korean");
                assertText(en, t.definitionKey(), "English");
                assertText(ko, t.definitionKey(), "Korean");
            }
        }
    }

    @Test
    void theExplainCardSpellsOutEachMethodInBothLanguages() throws IOException {
        Properties en = bundle(""), ko = bundle("_ko");
        ViewHelp h = ViewHelp.of("explainTab").orElseThrow();
        assertEquals(List.of("saliency", "gradientTimesInput", "smoothGrad", "gradCam", "occlusion"), h.spelledOutIds());
        for (GlossaryTerm t : h.spelledOutTerms()) {
            assertTrue(h.termIds().contains(t.id()), t.id() + " is among the card's words too");
            assertTrue(en.getProperty(t.definitionKey()).length() > 150, t.id() + " has a paragraph in English");
            assertTrue(ko.getProperty(t.definitionKey()).length() > 80, t.id() + " has a paragraph in Korean");
        }
        assertTrue(ViewHelp.of("kernelsTab").orElseThrow().spelledOutTerms().isEmpty(), "the other cards spell out nothing");
    }

    @Test
    void otherIdsHaveNoHelp() {
        assertTrue(ViewHelp.of("noSuchTab").isEmpty());
        assertTrue(ViewHelp.of(null).isEmpty());
        assertEquals("help.view.kernelsTab.title", ViewHelp.of("kernelsTab").orElseThrow().titleKey());
    }
}
