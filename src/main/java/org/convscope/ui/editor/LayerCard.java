package org.convscope.ui.editor;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;

/**
 * One layer of the draft: its type and settings, buttons to move or remove it, and below, what the
 * engine makes of it (output shape and parameter formula) or, in red, why it cannot be built.
 */
final class LayerCard extends VBox {
    private static final List<Activation> CONV_ACTIVATIONS = List.of(Activation.RELU, Activation.TANH, Activation.SIGMOID, Activation.LINEAR);
    private static final List<Activation> DENSE_ACTIVATIONS = List.of(Activation.RELU, Activation.TANH, Activation.SIGMOID,
            Activation.SOFTMAX, Activation.LINEAR);
    private static final List<Activation> ALONE = List.of(Activation.RELU, Activation.TANH, Activation.SIGMOID, Activation.SOFTMAX);

    private final EditorViewModel vm;
    private final LayerDraft draft;
    private final int index;
    private final I18n i18n;
    private final Label shape = new Label();
    private final Label formula = new Label();
    private final Label problem = new Label();
    private final Label summary = new Label();
    private final FlowPane settings = new FlowPane(14, 4);

    LayerCard(EditorViewModel vm, int index) {
        this.vm = vm;
        this.index = index;
        this.draft = vm.layers().get(index);
        this.i18n = vm.i18n();
        getStyleClass().add("layer-card");
        setId("layer" + index);

        Label number = new Label(String.valueOf(index + 1));
        number.setMinWidth(Label.USE_PREF_SIZE);
        number.getStyleClass().add("layer-index");
        Label type = new Label();
        type.getStyleClass().add("layer-type");
        type.textProperty().bind(i18n.bind(draft.kind().cardKey()));
        type.setMinWidth(Label.USE_PREF_SIZE);
        summary.getStyleClass().add("layer-summary");
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(8, number, type, summary, buttons());
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("layer-head");
        // a click on the title opens the layer's settings, a second one closes them
        head.setOnMouseClicked(e -> vm.selectedProperty().set(vm.selectedProperty().get() == index ? -1 : index));
        // wrapping as the pane narrows: a card never pushes the list wider than its pane
        settings.getStyleClass().add("layer-settings");
        settings.setMinWidth(0);
        settings.setPrefWrapLength(300);

        shape.getStyleClass().add("layer-shape");
        formula.getStyleClass().add("layer-formula");
        problem.getStyleClass().add("layer-problem");
        problem.setGraphic(Icons.of(Icons.PROBLEM));
        problem.setWrapText(true);
        problem.setId("problem" + index);
        HBox result = new HBox(12, shape, formula, problem);
        result.setAlignment(Pos.CENTER_LEFT);
        result.getStyleClass().add("layer-result");
        getChildren().addAll(head, settings, result);
        select(false);
    }

    /** Shows what the check found for this layer. */
    void show(ArchitectureCheck.Verdict v) {
        LayerInfo info = v.info(index);
        Problem p = v.problem();
        boolean mine = p != null && p.layer() == index;
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), mine);
        problem.setVisible(mine);
        problem.setManaged(mine);
        problem.setText(mine ? i18n.get(p.key(), p.args().toArray()) : "");
        if (info != null) {
            shape.setText(i18n.get("editor.output", info.output().toDisplay()));
            formula.setText(info.params() == 0 ? i18n.get("editor.params.none")
                    : i18n.get("editor.params.formula", info.formula().text()));
        } else {
            shape.setText(i18n.get("editor.output", "?"));
            formula.setText("");
        }
        summary.setText(LayerSummary.of(draft.spec(), i18n));
        boolean known = info != null;
        shape.setVisible(known || !mine);
        shape.setManaged(known || !mine);
        formula.setVisible(known);
        formula.setManaged(known);
    }

    /**
     * The selected layer shows its settings; the others a one-line summary of them. The settings are made when
     * the card is first selected: a spinner or choice box is a dozen nodes to style, and made for every card of the
     * course model they were 276 of the editor's 643 nodes. The editor is made in idle time while the window
     * opens, and its first styling and layout held the window's thread for 0.4-0.5 s (0.2-0.3 s without them).
     */
    void select(boolean on) {
        if (on && settings.getChildren().isEmpty()) settings.getChildren().addAll(settings(draft.spec()));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), on);
        settings.setVisible(on);
        settings.setManaged(on);
        summary.setVisible(!on);
    }

    private HBox buttons() {
        Button up = icon(Icons.MOVE_UP, "editor.moveUp", "up" + index);
        up.setOnAction(e -> vm.move(index, true));
        up.setDisable(index == 0);
        Button down = icon(Icons.MOVE_DOWN, "editor.moveDown", "down" + index);
        down.setOnAction(e -> vm.move(index, false));
        down.setDisable(index == vm.layers().size() - 1);
        Button remove = icon(Icons.DELETE, "editor.remove", "remove" + index);
        remove.setOnAction(e -> vm.remove(index));
        HBox box = new HBox(2, up, down, remove);
        box.setMinWidth(HBox.USE_PREF_SIZE);
        box.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, javafx.scene.input.MouseEvent::consume); // not a title click
        return box;
    }

    private Button icon(String icon, String tooltipKey, String id) {
        Button b = new Button(null, Icons.of(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        b.setId(id);
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(tooltipKey));
        b.setTooltip(t);
        return b;
    }

    private void replace(LayerSpec next) {
        draft.specProperty().set(next);
    }

    private List<Node> settings(LayerSpec spec) {
        String id = "_" + index;
        if (spec instanceof Conv2DSpec c) {
            return List.of(
                    Fields.integer(i18n, "editor.setting.filters", "filters" + id, 1, 256, c.filters(), v -> {
                        Conv2DSpec s = (Conv2DSpec) draft.spec();
                        replace(new Conv2DSpec(v, s.kernelH(), s.kernelW(), s.strideH(), s.strideW(), s.padding(), s.activation()));
                    }),
                    Fields.integer(i18n, "editor.setting.kernel", "kernel" + id, 1, 11, c.kernelH(), v -> {
                        Conv2DSpec s = (Conv2DSpec) draft.spec();
                        replace(new Conv2DSpec(s.filters(), v, v, s.strideH(), s.strideW(), s.padding(), s.activation()));
                    }),
                    Fields.integer(i18n, "editor.setting.stride", "stride" + id, 1, 4, c.strideH(), v -> {
                        Conv2DSpec s = (Conv2DSpec) draft.spec();
                        replace(new Conv2DSpec(s.filters(), s.kernelH(), s.kernelW(), v, v, s.padding(), s.activation()));
                    }),
                    Fields.choice(i18n, "editor.setting.padding", "padding" + id, List.of(Padding.values()), c.padding(),
                            Padding::kerasName, v -> {
                                Conv2DSpec s = (Conv2DSpec) draft.spec();
                                replace(new Conv2DSpec(s.filters(), s.kernelH(), s.kernelW(), s.strideH(), s.strideW(), v, s.activation()));
                            }),
                    Fields.choice(i18n, "editor.setting.activation", "activation" + id, CONV_ACTIVATIONS, c.activation(),
                            Activation::kerasName, v -> {
                                Conv2DSpec s = (Conv2DSpec) draft.spec();
                                replace(new Conv2DSpec(s.filters(), s.kernelH(), s.kernelW(), s.strideH(), s.strideW(), s.padding(), v));
                            }));
        }
        if (spec instanceof Pool2DSpec p) {
            return List.of(
                    Fields.integer(i18n, "editor.setting.window", "window" + id, 1, 7, p.sizeH(), v -> {
                        Pool2DSpec s = (Pool2DSpec) draft.spec();
                        replace(new Pool2DSpec(s.kind(), v, v, s.strideH(), s.strideW()));
                    }),
                    Fields.integer(i18n, "editor.setting.stride", "poolStride" + id, 1, 7, p.strideH(), v -> {
                        Pool2DSpec s = (Pool2DSpec) draft.spec();
                        replace(new Pool2DSpec(s.kind(), s.sizeH(), s.sizeW(), v, v));
                    }));
        }
        if (spec instanceof DenseSpec d) {
            return List.of(
                    Fields.integer(i18n, "editor.setting.units", "units" + id, 1, 1024, d.units(),
                            v -> replace(new DenseSpec(v, ((DenseSpec) draft.spec()).activation()))),
                    Fields.choice(i18n, "editor.setting.activation", "activation" + id, DENSE_ACTIVATIONS, d.activation(),
                            Activation::kerasName, v -> replace(new DenseSpec(((DenseSpec) draft.spec()).units(), v))));
        }
        if (spec instanceof DropoutSpec d) {
            return List.of(Fields.decimal(i18n, "editor.setting.rate", "rate" + id, 0, 0.9, 0.05, d.rate(),
                    v -> replace(new DropoutSpec(Math.round(v * 100) / 100.0))));
        }
        if (spec instanceof ActivationSpec a) {
            return List.of(Fields.choice(i18n, "editor.setting.activation", "activation" + id, ALONE, a.activation(),
                    Activation::kerasName, v -> replace(new ActivationSpec(v))));
        }
        Label none = new Label();
        none.textProperty().bind(i18n.bind("editor.setting.none"));
        none.getStyleClass().add("muted");
        return List.of(none);
    }
}
