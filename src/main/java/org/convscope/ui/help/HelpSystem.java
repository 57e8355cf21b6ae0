package org.convscope.ui.help;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/**
 * Help where it is needed, for the main window: the "?" of every tab with its help card, the
 * glossary, and the first-run tour. The shell uses three things: {@link #decorate(Node)} in place of
 * its tabs, {@link #menuItems()} at the top of its Help menu, and {@link #startTourOnFirstRun()}
 * once the window is showing.
 */
public final class HelpSystem {
    private static final String STYLESHEET = "/org/convscope/ui/help/help.css";
    private static final String TOUR_STYLESHEET = "/org/convscope/ui/help/tour.css";
    private final I18n i18n;
    private final TabPane tabs;
    private final Button button = new Button();
    // the card, the glossary and the tour are made when first needed: most sessions open none of them, and
    // making them (a window of every term among them) cost the window's first appearance a quarter second
    private HelpCard card;
    private GlossaryWindow glossary;
    private Tour tour;
    private HelpLayer layer;

    public HelpSystem(I18n i18n, TabPane tabs) {
        this.i18n = i18n;
        this.tabs = tabs;
        button.setId("helpButton");
        button.setGraphic(Icons.of(Icons.HELP));
        button.getStyleClass().addAll("help-button", "button-icon", "flat");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind("help.button.tooltip"));
        button.setTooltip(tip);
        button.setOnAction(e -> toggleViewHelp());
        // an open card follows the tab, so a student reading it can look from view to view
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (cardOpen()) showViewHelp();
        });
    }

    static String stylesheet() {
        return HelpSystem.class.getResource(STYLESHEET).toExternalForm();
    }

    static String tourStylesheet() {
        return HelpSystem.class.getResource(TOUR_STYLESHEET).toExternalForm();
    }

    /** The tabs with the "?" in their header row: put this where the tabs were. */
    public Node decorate() {
        return decorate(null);
    }

    /**
     * The tabs under {@code nav} (a navigation that replaces their header row, or null for none), with the "?"
     * at the right end of that row: put this where the tabs were.
     */
    public Node decorate(Node nav) {
        if (layer == null) {
            layer = new HelpLayer(tabs, nav, button);
            if (card != null) layer.setCard(card);
            layer.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && cardOpen()) {
                    hideViewHelp();
                    e.consume();
                }
            });
        }
        return layer;
    }

    /** Help for this view (F1), Glossary, Take the tour again; a separator after them. */
    public List<MenuItem> menuItems() {
        MenuItem view = item("helpViewItem", "help.menu.view", this::toggleViewHelp);
        view.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        view.setGraphic(Icons.of(Icons.HELP));
        return List.of(view, item("glossaryItem", "help.menu.glossary", () -> showGlossary(null)),
                item("tourItem", "help.menu.tour", () -> tour().start()), new SeparatorMenuItem());
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem m = new MenuItem();
        m.setId(id);
        m.textProperty().bind(i18n.bind(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Opens the card of the tab on screen, or closes it if it is open. */
    public void toggleViewHelp() {
        if (cardOpen()) hideViewHelp();
        else showViewHelp();
    }

    private boolean cardOpen() {
        return card != null && card.isVisible();
    }

    /** Opens the card of the tab on screen (nothing for a tab without help). */
    public void showViewHelp() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        ViewHelp.of(tab == null ? null : tab.getId()).ifPresentOrElse(h -> {
            card().show(h);
            card().setVisible(true);
        }, this::hideViewHelp);
    }

    public void hideViewHelp() {
        if (card != null) card.setVisible(false);
    }

    /** The help card (visible while open), made now if it was not yet. */
    public HelpCard card() {
        if (card == null) {
            card = new HelpCard(i18n, this::showGlossary, this::hideViewHelp);
            if (layer != null) layer.setCard(card);
        }
        return card;
    }

    /** Opens the glossary window at {@code term}; null opens it at its start. */
    public void showGlossary(GlossaryTerm term) {
        glossary().show(tabs.getScene() == null ? null : tabs.getScene().getWindow(), term);
    }

    /** The glossary's view, made now if it was not yet. */
    public GlossaryView glossaryView() {
        return glossary().view();
    }

    private GlossaryWindow glossary() {
        if (glossary == null) glossary = new GlossaryWindow(i18n);
        return glossary;
    }

    /** The first-run tour, made now if it was not yet. */
    public Tour tour() {
        if (tour == null) tour = new Tour(new TourModel(TourStep.ALL), tabs, i18n);
        return tour;
    }

    /** Starts the tour if the user has never seen it (or {@code -Dconvscope.tour} says so). */
    public void startTourOnFirstRun() {
        startTourOnFirstRun(TourPolicy.fromSystem());
    }

    /** Starts the tour after the window's first layout if {@code policy} says so; true if it will. */
    public boolean startTourOnFirstRun(TourPolicy policy) {
        if (!policy.showAtStart()) return false;
        policy.markShown();
        Platform.runLater(() -> tour().start());
        return true;
    }
}
