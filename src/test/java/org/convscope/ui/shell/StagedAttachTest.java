package org.convscope.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.BuildSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A view taken apart into parts, put back one a step, ends as it was made; what it changed meanwhile it keeps. */
@ExtendWith(ApplicationExtension.class)
class StagedAttachTest {
    private static final int SLICE = 20;

    /** A view's own subclass of VBox: its children are its business, never a part. */
    static final class OwnBox extends VBox {
        OwnBox(Node... children) {
            super(children);
        }
    }

    @Test
    void aBigViewComesBackPartByPartAndEndsAsItWasMade(FxRobot robot) {
        robot.interact(() -> {
            GridPane grid = new GridPane();
            Label cell = null;
            for (int i = 0; i < 12; i++) grid.add(cell = new Label("g" + i), i % 4, i / 4);
            OwnBox own = new OwnBox(labels("o", 25));
            VBox view = new VBox(new Label("title"), new HBox(labels("h", 10)), grid, own, new HBox(labels("s", 2)));
            List<Node> made = tree(view);

            StagedAttach staged = new StagedAttach(view, SLICE);
            int parts = staged.waiting();
            assertTrue(parts >= 3, "the row, the grid and the own box are parts: " + parts);
            assertFalse(tree(view).containsAll(made), "the parts wait outside the view");
            assertTrue(tree(view).stream().anyMatch(n -> n.getClass() == Region.class), "placeholders stand in");
            assertEquals(25, own.getChildren().size(), "a subclass's children are not touched");
            assertTrue(tree(view).containsAll(List.of(view.getChildren().get(0))), "the small title stays");

            int before = count(tree(view), made);
            int steps = 0;
            boolean more;
            do {
                more = staged.step();
                steps++;
                int now = count(tree(view), made);
                assertTrue(now > before, "step " + steps + " put a part back");
                before = now;
            } while (more);
            assertEquals(parts, steps, "each of these parts is more than a slice: one a step");
            assertEquals(made, tree(view), "every node back, in its place and order");
            assertEquals(2, GridPane.getRowIndex(cell), "constraints kept");
            assertEquals(3, GridPane.getColumnIndex(cell));
        });
    }

    @Test
    void finishPutsEveryPartBackAtOnce(FxRobot robot) {
        robot.interact(() -> {
            VBox view = new VBox(new HBox(labels("a", 8)), new HBox(labels("b", 8)), new HBox(labels("c", 8)));
            List<Node> made = tree(view);
            StagedAttach staged = new StagedAttach(view, SLICE);
            assertEquals(3, staged.waiting());
            staged.step();
            staged.finish();
            assertEquals(0, staged.waiting());
            assertEquals(made, tree(view));
            assertFalse(staged.step(), "nothing left");
        });
    }

    @Test
    void smallPartsComeBackASlicesWorthAtATime(FxRobot robot) {
        robot.interact(() -> {
            HBox[] rows = new HBox[6];
            for (int i = 0; i < rows.length; i++) rows[i] = new HBox(labels("r" + i, 2)); // 13 nodes' worth each
            VBox view = new VBox(rows);
            StagedAttach staged = new StagedAttach(view, 40);
            assertEquals(6, staged.waiting());
            assertTrue(staged.step());
            assertEquals(3, staged.waiting(), "three rows (39) in a slice of 40");
            assertFalse(staged.step());
            assertEquals(List.of(rows), view.getChildren());
        });
    }

    @Test
    void aPartTheViewReplacedMeanwhileStaysOut(FxRobot robot) {
        robot.interact(() -> {
            HBox old = new HBox(labels("old", 10));
            VBox view = new VBox(old, new HBox(labels("x", 10)));
            StagedAttach staged = new StagedAttach(view, SLICE);
            assertEquals(2, staged.waiting());
            Label rebuilt = new Label("rebuilt"); // as a view rebuilds its rows when its model changes
            view.getChildren().setAll(rebuilt);
            staged.finish();
            assertEquals(List.of(rebuilt), view.getChildren(), "no old part comes back over what the view put there");
            assertSame(null, old.getParent());
        });
    }

    @Test
    void aScrollPanesContentIsSplitAndASmallViewNot(FxRobot robot) {
        robot.interact(() -> {
            VBox content = new VBox(new HBox(labels("r", 9)), new HBox(labels("q", 9)));
            ScrollPane scroll = new ScrollPane(content);
            VBox view = new VBox(new Label("top"), scroll);
            StagedAttach staged = new StagedAttach(view, SLICE);
            assertEquals(3, staged.waiting(), "the scroll pane, and the two rows inside it");
            assertNotEquals(HBox.class, content.getChildren().get(0).getClass());
            staged.finish();
            assertEquals(HBox.class, content.getChildren().get(0).getClass());

            VBox small = new VBox(new HBox(labels("s", 2)), new Label("t"));
            List<Node> made = tree(small);
            assertEquals(0, new StagedAttach(small, SLICE).waiting());
            assertEquals(made, tree(small));
        });
    }

    @Test
    void aSubclassMarkedSplittableHasItsChildrenTakenOutLikeAPlainPane(FxRobot robot) {
        robot.interact(() -> {
            OwnBox marked = BuildSteps.splittable(new OwnBox(new HBox(labels("a", 8)), new HBox(labels("b", 8))));
            List<Node> made = tree(marked);
            StagedAttach staged = new StagedAttach(marked, SLICE);
            assertEquals(2, staged.waiting(), "both rows are parts");
            assertEquals(Region.class, marked.getChildren().get(0).getClass());
            staged.finish();
            assertEquals(made, tree(marked));

            OwnBox unmarked = new OwnBox(new HBox(labels("a", 8)), new HBox(labels("b", 8)));
            assertEquals(0, new StagedAttach(unmarked, SLICE).waiting(), "unmarked, its rows stay");
        });
    }

    @Test
    void aTabPanesTabsWeighInSoAViewHoldingOneIsSplit(FxRobot robot) {
        robot.interact(() -> {
            // two tabs of text areas (a skin each, made at the first styling): as in the editor's code pane
            javafx.scene.control.TabPane code = new javafx.scene.control.TabPane(
                    new javafx.scene.control.Tab("Keras", new javafx.scene.control.TextArea()),
                    new javafx.scene.control.Tab("PyTorch", new javafx.scene.control.TextArea()));
            VBox view = new VBox(new Label("title"), code);
            StagedAttach staged = new StagedAttach(view, SLICE);
            assertEquals(1, staged.waiting(), "the tab pane is a part of its own");
            assertEquals(Region.class, view.getChildren().get(1).getClass());
            staged.finish();
            assertSame(code, view.getChildren().get(1));
        });
    }

    private static Label[] labels(String prefix, int n) {
        Label[] out = new Label[n];
        for (int i = 0; i < n; i++) out[i] = new Label(prefix + i);
        return out;
    }

    /** The nodes under {@code root} in depth-first order, scroll panes' content included. */
    private static List<Node> tree(Node root) {
        List<Node> out = new ArrayList<>();
        out.add(root);
        if (root instanceof ScrollPane s && s.getContent() != null) out.addAll(tree(s.getContent()));
        if (root instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) out.addAll(tree(c));
        return out;
    }

    private static int count(List<Node> now, List<Node> made) {
        return (int) now.stream().filter(made::contains).count();
    }
}
