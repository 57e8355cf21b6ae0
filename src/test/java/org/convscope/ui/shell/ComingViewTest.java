package org.convscope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A view made ahead of need: its parts made one a step out of the scene, then into its tab by slices. */
@ExtendWith(ApplicationExtension.class)
class ComingViewTest {
    private Tab tab;
    private VBox view;

    @Start
    void start(Stage stage) {
        TabPane tabs = new TabPane();
        tabs.getTabs().add(new Tab("shown"));
        tab = new Tab("coming");
        tabs.getTabs().add(tab);
        stage.setScene(new Scene(tabs, 300, 200));
        stage.show();
    }

    // rows of labels: each row a part (StagedAttach) once the view is in its tab
    private Deque<Runnable> twoPartsOfRows() {
        view = new VBox();
        Deque<Runnable> parts = new ArrayDeque<>();
        for (int p = 0; p < 2; p++) {
            parts.add(() -> {
                for (int r = 0; r < 5; r++) {
                    HBox row = new HBox();
                    for (int c = 0; c < 8; c++) row.getChildren().add(new Label(r + "," + c));
                    view.getChildren().add(row);
                }
            });
        }
        return parts;
    }

    @Test
    void eachStepMakesOnePartThenTheViewGoesInAndComesInBySlices(FxRobot robot) {
        robot.interact(() -> {
            Deque<Runnable> parts = twoPartsOfRows();
            ComingView coming = new ComingView(tab, view, parts);
            assertTrue(coming.step());
            assertEquals(5, view.getChildren().size(), "one part made");
            assertNull(tab.getContent(), "out of the scene while it is made");
            assertTrue(coming.step());
            assertEquals(10, view.getChildren().size());
            assertTrue(coming.step(), "in its tab, some rows still to come");
            assertSame(view, tab.getContent());
            assertTrue(view.getChildren().stream().anyMatch(n -> !(n instanceof HBox)), "placeholders stand in");
            int steps = 0;
            while (coming.step()) steps++;
            assertTrue(steps >= 1, "the rows came in over several steps: " + steps);
            assertTrue(view.getChildren().stream().allMatch(n -> n instanceof HBox && ((HBox) n).getChildren().size() == 8));
        });
    }

    @Test
    void finishMakesAndPutsInEverythingAtOnce(FxRobot robot) {
        robot.interact(() -> {
            Deque<Runnable> parts = twoPartsOfRows();
            ComingView coming = new ComingView(tab, view, parts);
            coming.step();
            coming.finish();
            assertSame(view, tab.getContent());
            assertEquals(10, view.getChildren().size());
            assertTrue(view.getChildren().stream().allMatch(n -> n instanceof HBox), "no placeholder left");
            assertFalse(view.getChildren().isEmpty());
        });
    }
}
