package org.convscope.ui.convstep;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.I18n;
import org.convscope.ui.convstep.OutputSize.Problem;
import org.convscope.ui.stepper.MapColors;
import org.convscope.ui.stepper.Terms;

/**
 * The sandbox: a small input to paint and a kernel to edit, with n, k, s, p, d; the output size
 * formula written out with the numbers, or in red with the reason there is no output.
 */
final class SandboxPane extends VBox {
    private final SandboxModel model;
    private final I18n i18n;
    private final ConvStage stage;
    private final Terms products = new Terms();
    private final Label formula = new Label();
    private final Label problem = new Label();
    private final Map<Problem, List<Spinner<Integer>>> culprits;
    private final List<Spinner<Integer>> spinners;
    private float strokeValue = 1;

    SandboxPane(SandboxModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("conv-sandbox");
        stage = new ConvStage(i18n);
        stage.input.setCellSizes(10, 30, 40);
        stage.output.setCellSizes(10, 30, 40);

        Spinner<Integer> n = spinner(model.inputSizeProperty(), 1, SandboxModel.MAX_INPUT, "sandboxN");
        Spinner<Integer> k = spinner(model.kernelSizeProperty(), 1, SandboxModel.MAX_KERNEL, "sandboxK");
        Spinner<Integer> s = spinner(model.strideProperty(), 0, 4, "sandboxS");
        Spinner<Integer> p = spinner(model.paddingProperty(), 0, 4, "sandboxP");
        Spinner<Integer> d = spinner(model.dilationProperty(), 0, 4, "sandboxD");
        spinners = List.of(n, k, s, p, d);
        culprits = Map.of(Problem.INPUT_TOO_SMALL, List.of(n), Problem.KERNEL_TOO_SMALL, List.of(k),
                Problem.STRIDE_TOO_SMALL, List.of(s), Problem.NEGATIVE_PADDING, List.of(p),
                Problem.DILATION_TOO_SMALL, List.of(d), Problem.KERNEL_LARGER_THAN_INPUT, List.of(k, d, n));
        FlowPane settings = new FlowPane(10, 4,
                setting("convstep.sandbox.n", n), setting("convstep.sandbox.k", k), setting("convstep.sandbox.s", s),
                setting("convstep.sandbox.p", p), setting("convstep.sandbox.d", d), inputPresets(), kernelPresets());
        settings.getStyleClass().add("stepper-controls");

        formula.setId("sizeFormula");
        formula.getStyleClass().add("size-formula");
        formula.setWrapText(true);
        formula.setMinHeight(Region.USE_PREF_SIZE); // else a VBox gives it one line and cuts the rest
        problem.setId("sizeProblem");
        problem.getStyleClass().add("size-problem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);

        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("convstep.sandbox.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        products.setId("sandboxTerms");
        VBox arithmetic = new VBox(4, products);
        arithmetic.getStyleClass().add("arithmetic");

        stage.input.setOnCellPress((r, c, e) -> {
            if (e.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED) {
                float[] v = model.inputProperty().get();
                int size = model.inputSizeProperty().get();
                boolean on = r >= 0 && c >= 0 && r < size && c < size && v[r * size + c] != 0;
                strokeValue = e.getButton() == MouseButton.SECONDARY || on ? 0 : 1; // a stroke erases if it starts on ink
            }
            model.paint(r, c, strokeValue);
        });
        stage.input.setOnCellScroll((r, c, dir) -> model.nudgeInput(r, c, dir));
        stage.kernel.setOnCellPress((r, c, e) -> {
            if (e.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED) model.nudgeKernel(r, c, e.getButton() == MouseButton.SECONDARY ? -1 : 1);
        });
        stage.kernel.setOnCellScroll((r, c, dir) -> model.nudgeKernel(r, c, dir));
        stage.output.setOnCellPress((r, c, e) -> model.jumpToOutput(r, c));

        VBox.setVgrow(stage, Priority.ALWAYS);
        getChildren().addAll(settings, formula, problem, stage, arithmetic, hint);

        model.arithmeticProperty().addListener((o, a, b) -> maps());
        model.sizeProperty().addListener((o, a, b) -> describeSize());
        model.stepProperty().addListener((o, a, b) -> showStep());
        i18n.localeProperty().addListener((o, a, b) -> {
            describeSize();
            maps();
        });
        describeSize();
        maps();
    }

    private Spinner<Integer> spinner(javafx.beans.property.IntegerProperty value, int min, int max, String id) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get()));
        s.setId(id);
        s.setPrefWidth(84);
        s.setMinWidth(84);
        s.valueProperty().addListener((o, a, v) -> value.set(v));
        value.addListener((o, a, v) -> s.getValueFactory().setValue(v.intValue()));
        return s;
    }

    private HBox setting(String key, javafx.scene.Node control) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        HBox box = new HBox(4, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox inputPresets() {
        ComboBox<SandboxPresets.Input> box = new ComboBox<>();
        box.getItems().setAll(SandboxPresets.Input.values());
        box.setId("sandboxInputPreset");
        box.setCellFactory(v -> new PresetCell<>("convstep.sandbox.input."));
        box.setButtonCell(new PresetCell<>("convstep.sandbox.input."));
        box.setValue(SandboxPresets.Input.BAR);
        box.setFocusTraversable(false);
        box.setOnAction(e -> {
            if (box.getValue() != null) model.loadInput(box.getValue());
        });
        return setting("convstep.sandbox.inputPreset", box);
    }

    private HBox kernelPresets() {
        ComboBox<SandboxPresets.Kernel> box = new ComboBox<>();
        box.getItems().setAll(SandboxPresets.Kernel.values());
        box.setId("sandboxKernelPreset");
        box.setCellFactory(v -> new PresetCell<>("convstep.sandbox.kernel."));
        box.setButtonCell(new PresetCell<>("convstep.sandbox.kernel."));
        box.valueProperty().bindBidirectional(model.kernelPresetProperty());
        box.setFocusTraversable(false);
        return setting("convstep.sandbox.kernelPreset", box);
    }

    private final class PresetCell<E extends Enum<E>> extends ListCell<E> {
        private final String prefix;

        PresetCell(String prefix) {
            this.prefix = prefix;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) setText(null);
            else textProperty().bind(i18n.bind(prefix + item.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private void describeSize() {
        OutputSize o = model.sizeProperty().get();
        String numbers = i18n.get("convstep.sandbox.formula", o.n(), o.p(), o.d(), o.k(), o.s());
        Problem why = o.problem();
        for (Spinner<Integer> s : spinners) s.getStyleClass().remove("invalid");
        if (why == null) {
            formula.setText(numbers + " = \u230a" + o.numerator() + " / " + o.s() + "\u230b + 1 = " + o.size()
                    + "   \u2192   " + i18n.get("convstep.sandbox.output", o.size()));
            problem.setText("");
            problem.setVisible(false);
            problem.setManaged(false);
            formula.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), false);
        } else {
            formula.setText(numbers);
            problem.setText(i18n.get("convstep.sandbox.problem." + why.name().toLowerCase(java.util.Locale.ROOT), o.span(), o.paddedInput()));
            problem.setVisible(true);
            problem.setManaged(true);
            formula.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), true);
            for (Spinner<Integer> s : culprits.get(why)) s.getStyleClass().add("invalid");
        }
    }

    private void maps() {
        ConvArithmetic a = model.arithmeticProperty().get();
        if (a == null) {
            withoutOutput();
            return;
        }
        ConvGeometry g = a.geometry();
        float[] in = model.inputProperty().get();
        stage.setInput(g, in, 0, MapColors.of(in, 0, in.length, true));
        float[] out = new float[g.positions()];
        for (int i = 0; i < out.length; i++) out[i] = (float) model.outputAt(i / g.outWidth(), i % g.outWidth());
        stage.setOutput(g, out, 0, MapColors.of(out, 0, out.length, false));
        stage.inputTitle.setText(i18n.get("convstep.sandbox.inputTitle", g.height(), g.width(), g.padTop()));
        stage.kernelTitle.setText(i18n.get("convstep.sandbox.kernelTitle", g.kernelH(), g.kernelW(), g.dilation()));
        stage.outputTitle.setText(i18n.get("convstep.sandbox.outputTitle", g.outHeight(), g.outWidth()));
        stage.biasText.setText("");
        stage.biasText.setManaged(false);
        showStep();
    }

    // no output: still show the padded input and the kernel, so the reason can be seen
    private void withoutOutput() {
        OutputSize o = model.sizeProperty().get();
        int n = Math.max(0, o.n()), p = Math.max(0, o.p()), k = Math.max(0, o.k());
        float[] in = model.inputProperty().get(), kernel = model.kernelProperty().get();
        stage.input.setCells(n, n, MapColors.of(in, 0, in.length, true).argb(in, 0, in.length), p, p, p, p);
        stage.input.setNumbers(in, 0);
        stage.input.setMarks(List.of());
        stage.kernel.setCells(k, k, MapColors.diverging(kernel, 0, kernel.length).argb(kernel, 0, kernel.length));
        stage.kernel.setNumbers(kernel, 0);
        stage.kernel.setMarks(List.of());
        stage.patch.setCells(0, 0, new int[0]);
        stage.output.setCells(0, 0, new int[0]);
        stage.inputTitle.setText(i18n.get("convstep.sandbox.inputTitle", n, n, p));
        stage.kernelTitle.setText(i18n.get("convstep.sandbox.kernelTitle", k, k, o.d()));
        stage.outputTitle.setText(i18n.get("convstep.sandbox.noOutput"));
        products.set(List.of(), List.of());
    }

    private void showStep() {
        ConvArithmetic a = model.arithmeticProperty().get();
        ConvStep s = model.stepProperty().get();
        if (a == null || s == null) {
            products.set(List.of(), List.of());
            return;
        }
        float[] in = model.inputProperty().get(), k = model.kernelProperty().get();
        stage.show(a.geometry(), s, 0, MapColors.of(in, 0, in.length, true), MapColors.diverging(k, 0, k.length));
        ConvStage.products(products, s, 0, i18n.get("convstep.sandbox.products", s.row() + 1, s.column() + 1));
    }

    ConvStage stage() {
        return stage;
    }
}
