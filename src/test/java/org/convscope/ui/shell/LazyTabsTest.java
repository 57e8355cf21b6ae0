package org.convscope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.convscope.ui.common.BuildSteps;
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
    private final List<Label> laterLabels = new ArrayList<>(); // made by the parts the "later" view leaves for later
    private final AtomicBoolean laterMade = new AtomicBoolean();
    private TabPane tabPane; // controls are made once the toolkit runs (@Start)
    private Tab big;
    private Tab later;
    private LazyTabs tabs;

    @Start
    void start(Stage stage) {
        tabPane = new TabPane();
        Tab first = new Tab("first");
        big = new Tab("big");
        tabs = new LazyTabs(tabPane);
        tabs.add(first, () -> new Label("made at once"));
        tabs.add(big, this::bigView);
        later = new Tab("later");
        tabs.add(later, this::viewWithPartsForLater);
        stage.setScene(new Scene(tabPane, 400, 300));
        stage.show();
    }

    // 40 rows of 5 labels: 40 parts, a slice each or so, some two seconds of idle steps
    private VBox bigView() {
        return rowsOfLabels(40, bigLabels);
    }

    // rows of 5 labels, each label also kept in labels
    private static VBox rowsOfLabels(int rows, List<Label> labels) {
        VBox view = new VBox();
        for (int r = 0; r < rows; r++) {
            HBox row = new HBox();
            for (int c = 0; c < 5; c++) {
                Label l = new Label(r + "," + c);
                labels.add(l);
                row.getChildren().add(l);
            }
            view.getChildren().add(row);
        }
        return view;
    }

    // three parts of its making for later (BuildSteps), a label each
    private VBox viewWithPartsForLater() {
        VBox view = new VBox();
        for (int i = 0; i < 3; i++) {
            int n = i;
            BuildSteps.later(() -> {
                Label l = new Label("part " + n);
                laterLabels.add(l);
                view.getChildren().add(l);
            });
        }
        laterMade.set(true);
        return view;
    }

    @Test
    void aViewMadeAheadOfNeedLeavesItsPartsForLaterAndAClickMakesThemAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> tabs.buildRestWhenIdle(Duration.millis(10), Duration.millis(10), () -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, laterMade::get);
        robot.interact(() -> {
            tabPane.getSelectionModel().select(later);
            assertEquals(3, laterLabels.size(), "every part made at the click");
            assertTrue(laterLabels.stream().allMatch(l -> l.getScene() != null), "and in the scene");
        });
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
            assertEquals(3, laterLabels.size(), "the view's parts for later were made in the idle steps");
            assertNull(later.getContent(), "and it was parked too");
            tabPane.getSelectionModel().select(later);
            assertTrue(laterLabels.stream().allMatch(l -> l.getScene() != null));
        });
    }

    @Test
    void theFirstViewIsMadeBeforeTheWindowShowsAndPutInWhenReleased(FxRobot robot) throws Exception {
        TabPane pane = new TabPane();
        LazyTabs held = new LazyTabs(pane);
        Tab first = new Tab("first");
        AtomicBoolean made = new AtomicBoolean();
        List<Label> labels = new ArrayList<>();
        robot.interact(() -> {
            held.hold();
            held.add(first, () -> {
                made.set(true);
                return rowsOfLabels(20, labels);
            });
            tabPane.getTabs().add(new Tab("host", pane)); // in the test's window
            assertFalse(made.get(), "held: nothing made yet");
            held.prepare();
            assertTrue(made.get(), "made by prepare");
            assertNull(first.getContent(), "but not in its tab before the release");
            held.release();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> first.getContent() != null);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> labels.stream().allMatch(l -> l.getParent() != null
                && ((javafx.scene.Parent) first.getContent()).getChildrenUnmodifiable().contains(l.getParent())));
        robot.interact(() -> assertEquals(100, labels.size(), "made once"));
        robot.interact(held::stop);
    }
}
