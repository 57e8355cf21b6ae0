package org.convscope.ui.help;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;

/**
 * The tabs with the "?" at the right end of their header row (one place for every view; the
 * header keeps room for it, see help.css) and the open help card below it, over the view's top
 * right corner.
 */
final class HelpLayer extends Pane {
    private static final double MARGIN = 8;
    private final TabPane tabs;
    private final Node nav; // the row above the tabs that replaces their headers, or null
    private final Button button;
    private HelpCard card; // made when first opened

    HelpLayer(TabPane tabs, Node nav, Button button) {
        this.tabs = tabs;
        this.nav = nav;
        this.button = button;
        getStyleClass().add("help-layer");
        getStylesheets().add(HelpSystem.stylesheet());
        if (nav != null) getChildren().add(nav);
        getChildren().addAll(tabs, button);
    }

    /** Puts the card over the view, hidden until opened. */
    void setCard(HelpCard card) {
        this.card = card;
        card.setVisible(false);
        getChildren().add(card);
    }

    private double headerHeight() {
        Node header = tabs.lookup(".tab-header-area");
        return header == null ? button.prefHeight(-1) : header.getLayoutBounds().getHeight();
    }

    // the nav row's height at this width: it wraps, leaving room for the "?" at its right end
    private double navHeight(double width) {
        if (nav == null) return 0;
        return nav.prefHeight(Math.max(0, width - button.prefWidth(-1) - 12));
    }

    @Override
    protected double computePrefWidth(double height) {
        return tabs.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return navHeight(width) + tabs.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return tabs.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return navHeight(width) + tabs.minHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        double bw = button.prefWidth(-1), bh = button.prefHeight(-1);
        double top = navHeight(w);
        if (nav != null) nav.resizeRelocate(0, 0, Math.max(0, w - bw - 12), top);
        tabs.resizeRelocate(0, top, w, Math.max(0, h - top));
        tabs.layout(); // the header's height is needed below, this pass
        double header = nav != null ? top : headerHeight();
        // with a nav, the "?" sits at the right end of its first row
        double row = nav != null ? Math.min(top, bh + 8) : header;
        button.resizeRelocate(w - bw - 6, Math.max(0, (row - bh) / 2), bw, bh);
        if (card == null) return;
        double cw = Math.min(card.prefWidth(-1), w - 2 * MARGIN);
        double available = h - header - 2 * MARGIN;
        double ch = Math.max(Math.min(card.prefHeight(cw), available), Math.min(card.minHeight(cw), available));
        card.resizeRelocate(w - cw - MARGIN, header + MARGIN, cw, ch);
    }
}
