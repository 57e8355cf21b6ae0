package org.convscope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.convscope.training.TrainingSession;
import org.convscope.training.experiment.ExperimentSettings;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.TrainingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Compare view as wide as the main window leaves it at 1280 px with the side panel open (980 px):
 * while an experiment runs, its toolbar (with Cancel) and export buttons must fit, not widen the view.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    private static final double WIDTH = 980;
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private TrainingViewModel training;
    private CompareViewModel vm;
    private CompareView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        training = new TrainingViewModel(TaskRunner.immediate(), TrainingSession::new, 320, 2);
        // the experiment's thread never starts: the view stays "running", Cancel on screen
        vm = new CompareViewModel(training, i18n, TaskRunner.immediate(), work -> { }, Runnable::run,
                d -> new ExperimentSettings(d, 64, 1, 32, 3, 2, 100), 0);
        view = new CompareView(vm);
        stage.setScene(new Scene(view, WIDTH, 700));
        stage.show();
    }

    @AfterEach
    void shutdown() {
        training.shutdown();
    }

    @Test
    void aHiddenViewDrawsItsChartsWhenShownAgain(FxRobot robot) {
        int before = view.lookupAll(".run-line").size();
        robot.interact(() -> view.setVisible(false));
        robot.interact(() -> training.runs().runs().add(RunsChartTest.run("new", 3)));
        assertEquals(before, view.lookupAll(".run-line").size(), "not drawn while hidden (the run in training changes every second)");
        robot.interact(() -> view.setVisible(true));
        assertEquals(before + 2, view.lookupAll(".run-line").size(), "drawn when shown, in both charts");
    }

    @Test
    void whileAnExperimentRunsEveryButtonFitsTheWidthInBothLanguages(FxRobot robot) {
        robot.interact(vm::runPreset);
        for (Locale locale : new Locale[] {Locale.ENGLISH, I18n.KOREAN}) {
            robot.interact(() -> i18n.localeProperty().set(locale));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#compareCancel").query().isVisible(), "Cancel is shown while running");
            assertTrue(view.minWidth(-1) <= WIDTH, locale + ": the view needs " + view.minWidth(-1) + " px");
            for (String id : new String[] {"#compareRun", "#compareCancel", "#compareExportCsv", "#compareExportJson"}) {
                Node button = robot.lookup(id).query();
                double right = button.localToScene(button.getBoundsInLocal()).getMaxX();
                assertTrue(right <= WIDTH, locale + ": " + id + " ends at " + right + " px, beyond the window");
            }
        }
    }

    @Test
    void madeAheadOfNeedItsTableAndItsButtonsComeInALaterStep(FxRobot robot) {
        robot.interact(() -> {
            BuildSteps.Made<CompareView> made = BuildSteps.collect(() -> new CompareView(vm));
            CompareView v = made.made();
            assertEquals(1, made.parts().size(), "the table of runs, for later");
            assertNull(v.lookup(".table-view"));
            assertNull(v.lookup("#compareRemove"));
            assertNotNull(v.lookup("#compareLoss"), "the charts at once");
            made.parts().forEach(Runnable::run);
            assertTrue(v.getChildren().get(v.getChildren().size() - 1) instanceof RunsTable, "the table last, as made at once");
            assertNotNull(v.lookup("#compareRemove"));
            assertEquals(view.getChildren().size(), v.getChildren().size());
            assertEquals(((javafx.scene.Parent) view.lookup("#compareTop")).getChildrenUnmodifiable().size(),
                    ((javafx.scene.Parent) v.lookup("#compareTop")).getChildrenUnmodifiable().size(), "the tool bar and the buttons");
        });
    }
}
