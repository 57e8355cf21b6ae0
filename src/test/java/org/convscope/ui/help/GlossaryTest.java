package org.convscope.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The glossary holds the course's vocabulary, each word named and defined in English and Korean. */
class GlossaryTest {

    @Test
    void everyTermHasANameAndDefinitionInBothLanguages() throws IOException {
        Properties en = ViewHelpTest.bundle(""), ko = ViewHelpTest.bundle("_ko");
        assertEquals(Glossary.all().size(), new HashSet<>(Glossary.all()).size(), "no term twice");
        for (GlossaryTerm t : Glossary.all()) {
            ViewHelpTest.assertText(en, t.nameKey(), "English");
            ViewHelpTest.assertText(ko, t.nameKey(), "Korean");
            ViewHelpTest.assertText(en, t.definitionKey(), "English");
            ViewHelpTest.assertText(ko, t.definitionKey(), "Korean");
        }
    }

    @Test
    void theCourseVocabularyIsThere() throws IOException {
        Properties en = ViewHelpTest.bundle("");
        List<String> names = Glossary.all().stream().map(t -> en.getProperty(t.nameKey()).toLowerCase(Locale.ROOT)).toList();
        for (String word : List.of("convolution", "kernel", "filter", "mask", "feature map", "activation", "pooling",
                "flatten", "dense", "softmax", "parameters")) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(word)), word + " is in the glossary: " + names);
        }
    }

    @Test
    void termsAreFoundByIdAndUnknownIdsFail() {
        assertEquals("help.term.featureMap", Glossary.term("featureMap").nameKey());
        assertEquals("help.term.featureMap.def", Glossary.term("featureMap").definitionKey());
        assertThrows(NoSuchElementException.class, () -> Glossary.term("quantumFoam"));
    }
}
