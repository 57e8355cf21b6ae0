package org.convscope.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.convscope.ui.common.I18n;

/**
 * The first-run tour on screen: one callout at a time in a popup beside its targets, which glow
 * (pseudo-class {@code :tour-target}). The callout follows its targets when the window moves or
 * resizes or the language changes its size, and always stays inside the window. When the tour
 * ends the tab that was open before comes back.
 */
public final class Tour {
    static final PseudoClass TARGET = PseudoClass.getPseudoClass("tour-target");
    private static final double MARGIN = 8;
    private final TourModel model;
    private final TabPane tabs;
    private final Callout callout = new Callout();
    private final Popup popup = new Popup();
    private final InvalidationListener follow = o -> reposition();
    private List<Node> targets = List.of();
    private Tab before;
    private Window window;
    private double wantedX = Double.NaN, wantedY = Double.NaN;
    private int corrections;

    public Tour(TourModel model, TabPane tabs, I18n i18n) {
        this.model = model;
        this.tabs = tabs;
        popup.getContent().add(callout);
        popup.setAutoHide(false);
        popup.setHideOnEscape(true);
        popup.setAnchorLocation(javafx.stage.PopupWindow.AnchorLocation.WINDOW_TOP_LEFT);
        popup.setOnHidden(e -> model.end()); // Esc, or the window closing
        callout.counter.textProperty().bind(i18n.bindFormat("help.tour.counter", model.number(),
                javafx.beans.binding.Bindings.createIntegerBinding(() -> model.steps().size())));
        callout.back.textProperty().bind(i18n.bind("help.tour.back"));
        callout.back.disableProperty().bind(model.onFirst());
        callout.next.textProperty().bind(javafx.beans.binding.Bindings.when(model.onLast())
                .then(i18n.bind("help.tour.done")).otherwise(i18n.bind("help.tour.next")));
        callout.skip.textProperty().bind(i18n.bind("help.tour.skip"));
        callout.back.setOnAction(e -> model.back());
        callout.next.setOnAction(e -> model.next());
        callout.skip.setOnAction(e -> model.end());
        model.indexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) show(model.step(), i18n);
            else close();
        });
        callout.layoutBoundsProperty().addListener(follow);
        // Some window systems (X without a window manager) move a resized popup back to x = 0;
        // put it back where it belongs, a few times at most so two opinions never fight forever
        InvalidationListener stay = o -> {
            if (!popup.isShowing() || Double.isNaN(wantedX) || corrections >= 3) return;
            if (Math.abs(popup.getX() - wantedX) > 0.5 || Math.abs(popup.getY() - wantedY) > 0.5) {
                corrections++;
                Platform.runLater(() -> {
                    popup.setAnchorX(wantedX);
                    popup.setAnchorY(wantedY);
                });
            }
        };
        popup.xProperty().addListener(stay);
        popup.yProperty().addListener(stay);
    }

    /** Opens the tour at its first step; needs the tabs to be in a showing window. */
    public void start() {
        Scene scene = tabs.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) return;
        String sheet = HelpSystem.tourStylesheet();
        if (!scene.getStylesheets().contains(sheet)) scene.getStylesheets().add(sheet);
        if (!model.running()) before = tabs.getSelectionModel().getSelectedItem();
        model.start();
    }

    public TourModel model() {
        return model;
    }

    /** The controls the current callout points at (empty when the tour is not running). */
    public List<Node> targets() {
        return targets;
    }

    /** The popup that holds the callout. */
    public Popup popup() {
        return popup;
    }

    private void show(TourStep step, I18n i18n) {
        if (step.tab() != null) {
            tabs.getTabs().stream().filter(t -> step.tab().equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
        highlight(find(step));
        callout.title.textProperty().bind(i18n.bind(step.titleKey()));
        callout.text.textProperty().bind(i18n.bind(step.textKey()));
        Window w = tabs.getScene().getWindow();
        if (w != window) {
            unfollowWindow();
            window = w;
            window.xProperty().addListener(follow);
            window.yProperty().addListener(follow);
            window.widthProperty().addListener(follow);
            window.heightProperty().addListener(follow);
        }
        if (!popup.isShowing()) popup.show(window);
        tabs.getScene().getRoot().applyCss();
        tabs.getScene().getRoot().layout(); // a tab just selected has not been laid out yet
        reposition();
        callout.next.requestFocus();
        Platform.runLater(this::reposition); // once more after the pulse, when every bound is final
    }

    private List<Node> find(TourStep step) {
        List<Node> found = new ArrayList<>();
        for (String selector : step.targets()) {
            Node n = tabs.getScene().lookup(selector);
            if (n != null) found.add(n);
        }
        return found;
    }

    private void highlight(List<Node> nodes) {
        targets.forEach(n -> {
            n.pseudoClassStateChanged(TARGET, false);
            n.layoutBoundsProperty().removeListener(follow);
        });
        targets = List.copyOf(nodes);
        targets.forEach(n -> {
            n.pseudoClassStateChanged(TARGET, true);
            n.layoutBoundsProperty().addListener(follow);
        });
    }

    private void reposition() {
        if (!model.running() || !popup.isShowing() || window == null) return;
        Scene scene = tabs.getScene();
        Bounds area = scene.getRoot().localToScreen(scene.getRoot().getLayoutBounds());
        Bounds target = union(targets);
        if (area == null) return;
        if (target == null) target = new BoundingBox(area.getCenterX(), area.getMinY() + area.getHeight() / 3, 0, 0);
        double w = Callout.BODY_WIDTH, h = callout.prefHeight(-1) - 2 * Callout.GAP;
        CalloutPlacement p = CalloutPlacement.place(target, area, w, h, model.step().side(), Callout.GAP, MARGIN);
        callout.pointTo(opposite(p.side()), p.arrowOffset());
        // through the anchor: a popup whose content changes size re-places itself from its anchor,
        // which would undo a plain setX/setY
        wantedX = p.x() - Callout.GAP;
        wantedY = p.y() - Callout.GAP;
        corrections = 0;
        popup.setAnchorX(wantedX);
        popup.setAnchorY(wantedY);
    }

    private static Bounds union(List<Node> nodes) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Node n : nodes) {
            Bounds b = n.localToScreen(n.getLayoutBounds());
            if (b == null || !n.isVisible()) continue;
            x0 = Math.min(x0, b.getMinX());
            y0 = Math.min(y0, b.getMinY());
            x1 = Math.max(x1, b.getMaxX());
            y1 = Math.max(y1, b.getMaxY());
        }
        return x0 > x1 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    static Side opposite(Side s) {
        return switch (s) {
            case LEFT -> Side.RIGHT;
            case RIGHT -> Side.LEFT;
            case TOP -> Side.BOTTOM;
            case BOTTOM -> Side.TOP;
        };
    }

    private void close() {
        targets.forEach(n -> {
            n.pseudoClassStateChanged(TARGET, false);
            n.layoutBoundsProperty().removeListener(follow);
        });
        targets = List.of();
        unfollowWindow();
        if (popup.isShowing()) popup.hide();
        if (before != null && tabs.getTabs().contains(before) && !Objects.equals(before, tabs.getSelectionModel().getSelectedItem())) {
            tabs.getSelectionModel().select(before);
        }
        before = null;
    }

    private void unfollowWindow() {
        if (window == null) return;
        window.xProperty().removeListener(follow);
        window.yProperty().removeListener(follow);
        window.widthProperty().removeListener(follow);
        window.heightProperty().removeListener(follow);
        window = null;
    }
}
