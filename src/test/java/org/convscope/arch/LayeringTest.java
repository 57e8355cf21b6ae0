package org.convscope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.convscope.data.Datasets;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.model.Sequential;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of DESIGN.md, enforced: the layers depend downwards only (engine ← data, training ← ui ← cli,
 * app), the engine, data and training never see JavaFX or AWT, no packages depend on each other in a circle,
 * views leave loading data and building models to their view-models, and the two steppers share code only
 * through ui.stepper, never with each other.
 */
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
    void dataAndTrainingDoNotDependOnTheLayersAboveThem() {
        noClasses().that().resideInAnyPackage("org.convscope.data..", "org.convscope.training..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convscope.ui..", "org.convscope.cli..", "org.convscope.app..")
                .check(classes);
    }

    @Test
    void uiDoesNotDependOnTheCliOrTheApp() {
        noClasses().that().resideInAPackage("org.convscope.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convscope.cli..", "org.convscope.app..")
                .check(classes);
    }

    @Test
    void cliDoesNotTouchTheUiExceptToRender() {
        noClasses().that().resideInAPackage("org.convscope.cli..")
                .and().haveSimpleNameNotStartingWith("Render")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.convscope.ui..")
                .check(classes);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("org.convscope.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theSteppersShareOnlyThroughTheStepperPackage() {
        noClasses().that().resideInAPackage("org.convscope.ui.poolstep..")
                .should().dependOnClassesThat().resideInAPackage("org.convscope.ui.convstep..")
                .check(classes);
        noClasses().that().resideInAPackage("org.convscope.ui.convstep..")
                .should().dependOnClassesThat().resideInAPackage("org.convscope.ui.poolstep..")
                .check(classes);
        noClasses().that().resideInAPackage("org.convscope.ui.stepper..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convscope.ui.convstep..", "org.convscope.ui.poolstep..")
                .check(classes);
    }

    @Test
    void viewsNeitherLoadDatasetsNorBuildModels() {
        noClasses().that().resideInAPackage("org.convscope.ui..").and().areAssignableTo(javafx.scene.Node.class)
                .should().callCodeUnitWhere(loadsADatasetOrBuildsAModel())
                .because("a view shows what its view-model hands it; loading and building belong off the FX thread")
                .check(classes);
    }

    private static DescribedPredicate<JavaCall<?>> loadsADatasetOrBuildsAModel() {
        return DescribedPredicate.describe("load a dataset or build a Sequential", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.equals(Datasets.class.getName())
                    || owner.equals(Sequential.class.getName()) && (name.equals("build") || name.equals("<init>"))
                    || owner.equals(SavedModel.class.getName()) && name.equals("toSequential");
        });
    }
}
