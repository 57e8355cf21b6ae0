package org.convscope.ui.help;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.I18n;

/**
 * The glossary: a search field and the matching terms, each with its name in both languages and its
 * definition in the UI language. A plain list of wrapping entries rather than a ListView, whose
 * cells do not wrap text reliably; there are only a few dozen terms.
 */
public final class GlossaryView extends VBox {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private final GlossaryViewModel vm;
    private final TextField search = new TextField();
    private final VBox list = new VBox();
    private final ScrollPane scroll = new ScrollPane(list);
    private final Label empty = new Label();
    private final Map<GlossaryTerm, VBox> entries = new LinkedHashMap<>();

    public GlossaryView(GlossaryViewModel vm, I18n i18n) {
        this.vm = vm;
        getStyleClass().add("glossary");
        getStylesheets().add(HelpSystem.stylesheet());
        setId("glossary");
        setSpacing(8);
        setPadding(new Insets(12));
        search.setId("glossarySearch");
        search.promptTextProperty().bind(i18n.bind("help.glossary.search"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        Label count = new Label();
        count.setId("glossaryCount");
        count.getStyleClass().add("glossary-count");
        count.textProperty().bind(i18n.bindFormat("help.glossary.count", Bindings.size(vm.results())));
        HBox top = new HBox(10, search, count);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);

        empty.getStyleClass().add("glossary-empty");
        empty.textProperty().bind(i18n.bind("help.glossary.empty"));
        empty.setWrapText(true);
        list.getStyleClass().add("glossary-list");
        list.setId("glossaryList");
        for (GlossaryTerm t : Glossary.all()) entries.put(t, entry(t, i18n));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll);
        vm.results().addListener((ListChangeListener<GlossaryTerm>) c -> fill());
        fill();
    }

    private VBox entry(GlossaryTerm t, I18n i18n) {
        Label name = new Label();
        name.getStyleClass().add("glossary-name");
        name.textProperty().bind(i18n.bind(t.nameKey()));
        Label other = new Label();
        other.getStyleClass().add("glossary-other-name");
        other.textProperty().bind(Bindings.createStringBinding(() -> "\u00b7 " + vm.otherName(t), i18n.localeProperty()));
        HBox heading = new HBox(6, name, other);
        Label definition = new Label();
        definition.getStyleClass().add("glossary-definition");
        definition.setWrapText(true);
        definition.textProperty().bind(i18n.bind(t.definitionKey()));
        VBox e = new VBox(2, heading, definition);
        e.getStyleClass().add("glossary-entry");
        e.setId("term-" + t.id());
        return e;
    }

    private void fill() {
        if (vm.results().isEmpty()) list.getChildren().setAll(empty);
        else list.getChildren().setAll(vm.results().stream().map(entries::get).toList());
    }

    /** Clears the search and brings {@code term} into view, marked; {@code null}: just the start. */
    public void reveal(GlossaryTerm term) {
        vm.queryProperty().set("");
        entries.values().forEach(e -> e.pseudoClassStateChanged(CHOSEN, false));
        if (term == null) {
            scroll.setVvalue(0);
            search.requestFocus();
            return;
        }
        VBox e = entries.get(term);
        e.pseudoClassStateChanged(CHOSEN, true);
        // after layout: the entry's place is known only then
        Platform.runLater(() -> {
            layout();
            double content = list.getHeight(), viewport = scroll.getViewportBounds().getHeight();
            scroll.setVvalue(content <= viewport ? 0 : Math.min(1, e.getBoundsInParent().getMinY() / (content - viewport)));
        });
    }

    /** The term marked by the last {@link #reveal}, or null. */
    public GlossaryTerm chosen() {
        return entries.entrySet().stream().filter(en -> en.getValue().getPseudoClassStates().contains(CHOSEN))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
