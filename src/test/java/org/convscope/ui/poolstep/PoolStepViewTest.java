package org.convscope.ui.poolstep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.common.I18n;
import org.convscope.ui.stepper.CellGrid;
import org.convscope.ui.stepper.Numbers;
import org.convscope.ui.stepper.Probes;
import org.convscope.ui.stepper.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The pooling tab: the course's example, a real layer checked against the engine, the three modes, both languages. */
@ExtendWith(ApplicationExtension.class)
class PoolStepViewTest {
    private final SimpleObjectProperty<Inspection> probe = new SimpleObjectProperty<>(Probes.course(3));
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private PoolStepView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new PoolStepView(probe, i18n);
        stage.setScene(new Scene(view, 980, 620));
        stage.sizeToScene();
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        StringBuilder s = new StringBuilder();
        robot.lookup(id).queryAs(Terms.class).getChildren().forEach(n -> s.append(((Label) n).getText()));
        return s.toString();
    }

    private static boolean chosen(Node n) {
        return n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("chosen"));
    }

    @Test
    void theCourseExampleShowsOneHundredAndThirtySix(FxRobot robot) {
        robot.clickOn("#courseExample");
        assertEquals("Max pooling:max(29, 15, 0, 100) = 100", text(robot, "#poolLineMAX"));
        assertEquals("Average pooling:(29 + 15 + 0 + 100) / 4 = 36", text(robot, "#poolLineAVERAGE"));
        assertEquals("Weighted average:(1\u00b729 + 2\u00b715 + 2\u00b70 + 1\u00b7100) / 6 = 26.5", text(robot, "#poolLineWEIGHTED"));
        robot.type(javafx.scene.input.KeyCode.RIGHT); // the focus is on the toggle, inside the view
        assertTrue(text(robot, "#poolLineMAX").endsWith("= 184"), text(robot, "#poolLineMAX"));
        robot.interact(() -> view.model().playback().jump(0));
        Probes.save(view, "poolstep-course-en");
        robot.interact(() -> i18n.localeProperty().set(I18n.KOREAN));
        assertTrue(text(robot, "#poolLineAVERAGE").startsWith("평균 풀링:"), text(robot, "#poolLineAVERAGE"));
        Probes.save(view, "poolstep-course-ko");
    }

    @Test
    void aRealLayerHighlightsTheEnginesWinnerInEveryMode(FxRobot robot) {
        CellGrid max = robot.lookup("#poolOutputMAX").queryAs(CellGrid.class);
        robot.clickOn(max.localToScreen(max.cellCenter(6, 5)));
        PoolStep s = view.model().stepProperty().get();
        assertEquals(6, s.row());
        assertEquals(5, s.column());
        PoolLayerTaps t = view.model().currentProperty().get();
        assertEquals(t.engineWinner(0, 6, 5), s.winnerRow() * t.window().width() + s.winnerColumn());
        String check = robot.lookup("#engineCheck").queryAs(Label.class).getText();
        assertTrue(check.startsWith("\u2713") && check.contains("row " + (s.winnerRow() + 1) + ", column " + (s.winnerColumn() + 1)), check);
        assertTrue(chosen(robot.lookup("#poolLineMAX").query()));

        robot.clickOn("#modeWEIGHTED");
        assertTrue(chosen(robot.lookup("#poolLineWEIGHTED").query()));
        assertTrue(!chosen(robot.lookup("#poolLineMAX").query()));
        assertTrue(text(robot, "#poolLineWEIGHTED").endsWith("= " + Numbers.format(s.weighted())));
        robot.interact(() -> {
            view.model().channelProperty().set(4);
            view.model().modeProperty().set(PoolMode.MAX);
            view.model().playback().jump(80);
        });
        Probes.save(view, "poolstep-live-en");
    }
}
