package org.convscope.ui.results;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Before any evaluation the view says why it is empty, in lines that fit it, in either language. */
@ExtendWith(ApplicationExtension.class)
class ResultsEmptyTest {
    private final I18n i18n = new I18n(I18n.KOREAN);

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ResultsView view = new ResultsView(new ResultsViewModel(TaskRunner.immediate()), i18n, i -> { });
        stage.setScene(new Scene(view, 980, 580)); // the tab's share of the 1280×720 window
        stage.show();
    }

    @Test
    void theMessageWrapsWithinThePaneInKoreanAndEnglish(FxRobot robot) {
        for (var locale : new java.util.Locale[] {I18n.KOREAN, java.util.Locale.ENGLISH}) {
            robot.interact(() -> i18n.localeProperty().set(locale));
            Label empty = robot.lookup("#resultsEmpty").queryAs(Label.class);
            robot.interact(() -> { });
            double right = empty.localToScene(empty.getLayoutBounds()).getMaxX();
            javafx.scene.Node pane = robot.lookup(".results-grid-scroll").query();
            double paneRight = pane.localToScene(pane.getLayoutBounds()).getMaxX();
            assertTrue(right <= paneRight, locale + ": the message ends at x = " + right + ", past its pane's " + paneRight);
            assertTrue(empty.getHeight() > 1.5 * empty.getFont().getSize() * 1.2, locale + ": it wraps to several lines, "
                    + empty.getHeight() + " px tall");
        }
    }
}
