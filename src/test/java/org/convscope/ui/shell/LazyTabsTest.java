package org.convscope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Views made in idle time go into their tabs in parts; a click on one finds it whole. */
@ExtendWith(ApplicationExtension.class)
class LazyTabsTest {
    private final List<Label> bigLabels = new ArrayList<>();
    private TabPane tabPane; // controls are made once the toolkit runs (@Start)
    private Tab big;
    private LazyTabs tabs;

    @Start
    void start(Stage stage) {
        tabPane = new TabPane();
        Tab first = new Tab("first");
        big = new Tab("big");
        tabs = new LazyTabs(tabPane);
        tabs.add(first, () -> new Label("made at once"));
        tabs.add(big, this::bigView);
        stage.setScene(new Scene(tabPane, 400, 300));
        stage.show();
    }

    // 40 rows of 5 labels: 40 parts, a slice each or so, some two seconds of idle steps
    private VBox bigView() {
        VBox view = new VBox();
        for (int r = 0; r < 40; r++) {
            HBox row = new HBox();
            for (int c = 0; c < 5; c++) {
                Label l = new Label(r + "," + c);
                bigLabels.add(l);
                row.getChildren().add(l);
            }
            view.getChildren().add(row);
        }
        return view;
    }

    @Test
    void aClickOnAViewComingInPartsPutsTheRestInAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> tabs.buildRestWhenIdle(Duration.millis(10), Duration.millis(10), () -> { }));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> big.getContent() != null);
        robot.interact(() -> {
            long inScene = bigLabels.stream().filter(l -> l.getScene() != null).count();
            assertTrue(inScene < bigLabels.size(), "still coming in: " + inScene + " of " + bigLabels.size());
            tabPane.getSelectionModel().select(big);
            assertEquals(bigLabels.size(), bigLabels.stream().filter(l -> l.getScene() != null).count(),
                    "selected, every part is in");
        });
    }

    @Test
    void aViewLeftAloneComesInWholeAndIsThenParked(FxRobot robot) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        robot.interact(() -> tabs.buildRestWhenIdle(Duration.millis(10), Duration.millis(10), () -> done.set(true)));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, done::get);
        robot.interact(() -> {
            assertNull(big.getContent(), "parked out of the scene once made, styled and rehearsed");
            tabPane.getSelectionModel().select(big);
            assertNotNull(big.getContent());
            assertEquals(bigLabels.size(), bigLabels.stream().filter(l -> l.getScene() != null).count());
        });
    }
}
