package org.convscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Visible means in a scene, with no hidden node on the way up: a view being made is not, whatever its own flag. */
@ExtendWith(ApplicationExtension.class)
class TreeVisibleTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 100, 100));
        stage.show();
    }

    @Test
    void aNodeInNoSceneIsNotVisibleAndOneInAHiddenParentNeither(FxRobot robot) {
        Pane view = new Pane(); // as a view-model sees its view while the view's constructor runs
        Pane tabContent = new Pane();
        ReadOnlyBooleanProperty[] visible = new ReadOnlyBooleanProperty[1];
        robot.interact(() -> visible[0] = TreeVisible.of(view));
        assertFalse(visible[0].get(), "made, in no scene yet");
        assertFalse(TreeVisible.now(view));

        robot.interact(() -> {
            tabContent.setVisible(false); // a tab not selected
            tabContent.getChildren().add(view);
            root.getChildren().add(tabContent);
        });
        assertFalse(visible[0].get(), "in the scene, in a hidden tab");
        robot.interact(() -> tabContent.setVisible(true));
        assertTrue(visible[0].get(), "its tab selected");
        assertTrue(TreeVisible.now(view));

        robot.interact(() -> root.getChildren().remove(tabContent));
        assertFalse(visible[0].get(), "taken out of the scene with its parent");
        robot.interact(() -> root.getChildren().add(tabContent));
        assertTrue(visible[0].get(), "back");
    }

    @Test
    void aSceneWithoutAWindowIsEnoughAsTheRenderCommandSnapshotsOne(FxRobot robot) {
        Pane view = new Pane();
        ReadOnlyBooleanProperty[] visible = new ReadOnlyBooleanProperty[1];
        robot.interact(() -> {
            visible[0] = TreeVisible.of(view);
            new Scene(view);
        });
        assertTrue(visible[0].get());
    }
}
