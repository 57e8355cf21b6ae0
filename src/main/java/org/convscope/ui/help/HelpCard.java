package org.convscope.ui.help;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/**
 * The "?" card of one view: its title, what the student sees, what to try, and links to the
 * glossary terms it uses. Its preferred height is that of all its text at its width; when the
 * window is shorter the text scrolls under a fixed title.
 */
public final class HelpCard extends Region {
    static final double WIDTH = 440;
    private static final double GAP = 6;
    private final I18n i18n;
    private final Consumer<GlossaryTerm> openTerm;
    private final Label title = new Label();
    private final HBox header;
    private final VBox body = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(body);
    private ViewHelp shown;

    /**
     * @param openTerm what a term link does (the shell opens the glossary at that term; {@code null}
     *                 opens the glossary at its start)
     * @param close    what the × does
     */
    public HelpCard(I18n i18n, Consumer<GlossaryTerm> openTerm, Runnable close) {
        this.i18n = i18n;
        this.openTerm = openTerm;
        getStyleClass().add("help-card");
        setId("helpCard");
        title.setId("helpTitle");
        title.getStyleClass().add("help-card-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        Button x = new Button(null, Icons.of(Icons.CLOSE));
        x.setId("helpClose");
        x.getStyleClass().addAll("button-icon", "flat");
        x.setOnAction(e -> close.run());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind("help.close"));
        x.setTooltip(tip);
        header = new HBox(8, title, x);
        header.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        body.getStyleClass().add("help-card-body");
        body.setPadding(new Insets(0, 6, 0, 0)); // room for the scroll bar
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().addAll(header, scroll);
    }

    /** Shows the help of {@code help}'s view. */
    public void show(ViewHelp help) {
        if (help.equals(shown)) return;
        shown = help;
        title.textProperty().bind(i18n.bind(help.titleKey()));
        FlowPane links = new FlowPane();
        links.getStyleClass().add("help-term-links");
        for (GlossaryTerm t : help.terms()) links.getChildren().add(termLink(t));
        Hyperlink glossary = new Hyperlink();
        glossary.setId("helpOpenGlossary");
        glossary.textProperty().bind(i18n.bind("help.openGlossary"));
        glossary.setGraphic(Icons.of(Icons.HELP));
        glossary.setOnAction(e -> openTerm.accept(null));
        body.getChildren().setAll(heading("help.sees"), text(help.seesKey(), "helpSees"));
        for (GlossaryTerm t : help.spelledOutTerms()) body.getChildren().addAll(termName(t), text(t.definitionKey(), "helpTermText-" + t.id()));
        body.getChildren().addAll(
                heading("help.try"), text(help.tryKey(), "helpTry"),
                heading("help.words"), links, glossary);
        scroll.setVvalue(0);
    }

    /** The view whose help is on the card, or null. */
    public ViewHelp shown() {
        return shown;
    }

    private Hyperlink termLink(GlossaryTerm t) {
        Hyperlink link = new Hyperlink();
        link.setId("helpTerm-" + t.id());
        link.getStyleClass().add("help-term-link");
        link.textProperty().bind(i18n.bind(t.nameKey()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(t.definitionKey()));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        link.setTooltip(tip);
        link.setOnAction(e -> openTerm.accept(t));
        return link;
    }

    // a term whose definition the card spells out, as a small heading over its paragraph
    private Label termName(GlossaryTerm t) {
        Label l = new Label();
        l.getStyleClass().add("help-term-name");
        l.textProperty().bind(i18n.bind(t.nameKey()));
        return l;
    }

    private Label heading(String key) {
        Label l = new Label();
        l.getStyleClass().add("help-heading");
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private Label text(String key, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("help-text");
        l.setWrapText(true);
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private double innerWidth(double width) {
        return (width < 0 ? WIDTH : width) - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = innerWidth(width);
        return snappedTopInset() + header.prefHeight(w) + GAP + body.prefHeight(w) + 2 + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + header.prefHeight(innerWidth(width)) + GAP + 60 + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset(), y = snappedTopInset(), w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        double hh = header.prefHeight(w);
        header.resizeRelocate(x, y, w, hh);
        scroll.resizeRelocate(x, y + hh + GAP, w, Math.max(0, h - hh - GAP));
    }
}
