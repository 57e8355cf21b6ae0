package org.convscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The window's launch takes JavaFX out of C2, and only JavaFX: the engine's kernels must still get C2. */
class JavaFxJitTest {
    @Test
    void theDirectiveExcludesJavaFxFromC2AndNothingElse() throws Exception {
        String before = String.valueOf(JavaFxJit.diagnosticCommand("compilerDirectivesPrint"));
        assertEquals("1 compiler directives added", JavaFxJit.keepOutOfC2());
        try {
            String all = String.valueOf(JavaFxJit.diagnosticCommand("compilerDirectivesPrint"));
            assertFalse(before.contains("javafx/*.*"), "not there before");
            // the added directive is printed first: its patterns, then its C2 block with Exclude on
            String added = all.substring(0, all.indexOf("Directive: (default)"));
            for (String p : new String[] {"javafx/*.*", "com/sun/javafx/*.*", "com/sun/prism/*.*", "com/sun/marlin/*.*"}) {
                assertTrue(added.contains(p), p + " in " + added);
            }
            String c2 = added.substring(added.indexOf("c2 directives:"));
            assertTrue(c2.contains("Exclude:true"), c2);
            assertFalse(added.substring(0, added.indexOf("c2 directives:")).contains("Exclude:true"), "C1 still compiles JavaFX");
            assertFalse(added.contains("org/convscope") || added.contains("java/") || added.contains("jdk/"),
                    "the engine, the JDK and the Vector API stay with C2: " + added);
        } finally {
            JavaFxJit.diagnosticCommand("compilerDirectivesRemove");
        }
    }
}
