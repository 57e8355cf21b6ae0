package org.convscope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of DESIGN.md, enforced: the engine, data and training never see JavaFX or AWT. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.convscope");
    }

    @Test
    void engineDataAndTrainingDoNotImportJavaFx() {
        noClasses().that().resideInAnyPackage("org.convscope.engine..", "org.convscope.data..", "org.convscope.training..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "javax.imageio..")
                .check(classes);
    }

    @Test
    void engineDoesNotDependOnTheRest() {
        noClasses().that().resideInAPackage("org.convscope.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convscope.data..", "org.convscope.training..",
                        "org.convscope.ui..", "org.convscope.cli..", "org.convscope.app..")
                .check(classes);
    }

    @Test
    void cliDoesNotTouchTheUiExceptToRender() {
        noClasses().that().resideInAPackage("org.convscope.cli..")
                .and().haveSimpleNameNotStartingWith("Render")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.convscope.ui..")
                .check(classes);
    }
}
