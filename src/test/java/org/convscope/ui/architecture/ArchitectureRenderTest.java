package org.convscope.ui.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The render CLI's path: the whole view offscreen, laid out from its first snapshot, nothing cut off. */
@ExtendWith(ApplicationExtension.class)
class ArchitectureRenderTest {

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void aSceneForRenderingHoldsTheWholeStackAndTheSummary(FxRobot robot) {
        for (Locale locale : I18n.SUPPORTED) {
            Scene[] scene = new Scene[1];
            Image[] image = new Image[1];
            robot.interact(() -> {
                scene[0] = ArchitectureView.renderScene(ModelSpec.course(), new I18n(locale), 1100);
                image[0] = scene[0].snapshot(null);
            });
            assertEquals(1100, image[0].getWidth());
            assertTrue(image[0].getHeight() > 900, "the stack and the table are taller than one screen: " + image[0].getHeight());
            Node last = scene[0].lookup("#summary-footer-nontrainable");
            Bounds bounds = last.localToScene(last.getBoundsInLocal());
            assertTrue(bounds.getMaxY() <= scene[0].getHeight() && bounds.getHeight() > 5,
                    locale + ": the last line of the summary is inside the picture: " + bounds + " of " + scene[0].getHeight());
            Node wideNote = scene[0].lookup("#block-2 .block-note");
            Bounds note = wideNote.localToScene(wideNote.getBoundsInLocal());
            assertTrue(note.getMaxX() <= 1100, locale + ": the pooling note wraps inside the width: " + note);
        }
    }
}
