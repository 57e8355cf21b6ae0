package org.convscope.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.training.KerasCode;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/**
 * The architecture editor: start from a preset, add, remove, reorder and set up layers, and see at
 * once every layer's output shape and parameter formula, the total, and, in red on the offending
 * layer, why a network cannot be built. Beside it, the same network as Keras code. "Train this
 * network" hands a valid draft to training.
 *
 * <p>Lays out fully as soon as it is in a scene, so it can be snapshotted offscreen: build it with
 * {@link #of(ModelSpec, KerasCode.Settings, I18n)} from plain inputs, or from a connected
 * {@link EditorViewModel}.
 */
public final class EditorView extends BorderPane {
    private final EditorViewModel vm;
    private final I18n i18n;
    private final VBox cards = new VBox(6);
    private final List<LayerCard> shown = new ArrayList<>();
    private final Label total = new Label();
    private final Label status = new Label();
    private final ScrollPane scroll;

    public EditorView(EditorViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        getStyleClass().add("editor-view");
        getStylesheets().add(EditorView.class.getResource("editor.css").toExternalForm());

        VBox top = new VBox(8, toolbar(), status);
        top.getStyleClass().add("editor-top");
        setTop(top);
        status.setId("editorStatus");
        status.getStyleClass().add("editor-status");
        status.setWrapText(true);

        HBox input = new InputShapeRow(vm.inputProperty(), i18n);
        total.setId("editorTotal");
        total.getStyleClass().add("layer-total");
        cards.getStyleClass().add("layer-cards");
        VBox list = new VBox(6, input, cards, total);
        list.getStyleClass().add("layer-list");
        scroll = new ScrollPane(list);
        scroll.setId("layerScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        // the code pane (two code generations, two text areas) and the layer cards are each a part of its own
        // making when the editor is made ahead of need (BuildSteps): together they were 60-80 ms of its 110
        SplitPane split = new SplitPane(scroll, new Region());
        split.setDividerPositions(0.62);
        setCenter(split);
        BuildSteps.later(() -> split.getItems().set(1, new KerasCodePane(vm)));

        vm.layers().addListener((javafx.collections.ListChangeListener<LayerDraft>) c -> {
            boolean structural = false;
            while (c.next()) structural |= !c.wasUpdated();
            if (structural) rebuild();
        });
        vm.verdictProperty().addListener((o, a, b) -> refresh());
        vm.selectedProperty().addListener((o, a, b) -> select());
        vm.trainingEditableProperty().addListener((o, a, b) -> refresh());
        vm.trainingSpecProperty().addListener((o, a, b) -> refresh());
        i18n.localeProperty().addListener((o, a, b) -> refresh());
        refresh();
        BuildSteps.later(this::rebuild);
    }

    /** A standalone editor showing {@code spec} (for a rendering): nothing to apply it to. */
    public static EditorView of(ModelSpec spec, KerasCode.Settings settings, I18n i18n) {
        EditorViewModel vm = new EditorViewModel(i18n);
        vm.kerasSettingsProperty().set(settings);
        vm.classesProperty().set(settings.dataset().classCount());
        vm.setDraft(spec);
        return new EditorView(vm);
    }

    private HBox toolbar() {
        MenuButton presets = new MenuButton();
        presets.setId("presetMenu");
        presets.setGraphic(Icons.of(Icons.PRESETS));
        presets.textProperty().bind(i18n.bind("editor.presets"));
        for (Preset p : Preset.values()) {
            MenuItem item = new MenuItem();
            item.setId("preset-" + p.id());
            item.textProperty().bind(i18n.bind("editor.preset." + p.id()));
            item.setOnAction(e -> vm.usePreset(p));
            presets.getItems().add(item);
        }
        MenuButton add = new MenuButton();
        add.setId("addLayerMenu");
        add.setGraphic(Icons.of(Icons.ADD));
        add.textProperty().bind(i18n.bind("editor.add"));
        for (LayerKind k : LayerKind.values()) {
            MenuItem item = new MenuItem();
            item.setId("add-" + k.name());
            item.textProperty().bind(i18n.bind(k.key()));
            item.setOnAction(e -> vm.add(k));
            add.getItems().add(item);
        }
        Button apply = new Button(null, Icons.of(Icons.APPLY));
        apply.setId("applyArchitecture");
        apply.getStyleClass().add("accent");
        apply.textProperty().bind(i18n.bind("editor.apply"));
        apply.disableProperty().bind(vm.canApply().not());
        apply.setOnAction(e -> vm.apply());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, presets, add, gap, apply);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void rebuild() {
        shown.clear();
        for (int i = 0; i < vm.layers().size(); i++) shown.add(new LayerCard(vm, i));
        cards.getChildren().setAll(shown);
        refresh();
        select();
    }

    private void refresh() {
        ArchitectureCheck.Verdict v = vm.verdict();
        shown.forEach(c -> c.show(v));
        total.setText(i18n.get("editor.total", ParamFormula.group(v.totalParams())));
        status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !v.valid());
        if (!v.valid()) {
            status.setGraphic(Icons.of(Icons.INVALID));
            status.setText(i18n.get("editor.status.invalid", vm.describe(v.problem())));
        } else {
            status.setGraphic(Icons.of(Icons.VALID));
            boolean training = v.spec().equals(vm.trainingSpecProperty().get());
            String key = training ? "editor.status.training" : vm.otherInput() ? "editor.status.otherInput"
                    : vm.trainingEditableProperty().get() ? "editor.status.valid" : "editor.status.busy";
            status.setText(i18n.get(key, ParamFormula.group(v.totalParams())));
        }
    }

    private void select() {
        int selected = vm.selectedProperty().get();
        for (int i = 0; i < shown.size(); i++) shown.get(i).select(i == selected);
        if (selected >= 0 && selected < shown.size()) {
            LayerCard card = shown.get(selected); // now: by the time the reveal runs, the list may be shorter
            javafx.application.Platform.runLater(() -> reveal(card));
        }
    }

    // scrolls just enough that a new or moved layer is in sight (after layout, so its place is known)
    private void reveal(LayerCard card) {
        if (card.getScene() == null) return;
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view) return;
        javafx.geometry.Bounds b = card.localToScene(card.getBoundsInLocal());
        javafx.geometry.Bounds c = scroll.getContent().sceneToLocal(b);
        double top = (content - view) * scroll.getVvalue();
        if (c.getMinY() < top) scroll.setVvalue(c.getMinY() / (content - view));
        else if (c.getMaxY() > top + view) scroll.setVvalue((c.getMaxY() - view) / (content - view));
    }
}
