package org.convscope.ui.convstep;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.stepper.CellGrid;
import org.convscope.ui.stepper.CellGrid.Mark;
import org.convscope.ui.stepper.CellGrid.MarkStyle;
import org.convscope.ui.stepper.IndexPicker;
import org.convscope.ui.stepper.LayerPicker;
import org.convscope.ui.stepper.MapColors;
import org.convscope.ui.stepper.Numbers;
import org.convscope.ui.stepper.StepperLook;
import org.convscope.ui.stepper.StepperRedraw;
import org.convscope.ui.stepper.Terms;

/** The convolution stepper on the live model: layer, filter and channel choices, the stage, the arithmetic, the filters. */
final class ConvLivePane extends VBox {
    private final ConvStepModel model;
    private final I18n i18n;
    private final ConvStage stage;
    private final Terms channelTerms = new Terms();
    private final CellGrid channelSums = new CellGrid();
    private final Label channelTotal = new Label();
    private final VBox channelBox;
    private final Terms result = new Terms();
    private final FilterStrip filters;
    private MapColors inputColors, kernelColors, sumColors;

    ConvLivePane(ConvStepModel model, I18n i18n, TaskRunner tasks, Node probeChooser) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("conv-live");
        stage = new ConvStage(i18n);
        filters = new FilterStrip(model, i18n, tasks);

        FlowPane controls = controls(probeChooser);

        channelSums.setId("channelSums");
        channelSums.setCellSizes(6, 16, 22);
        channelSums.setOnCellPress((r, c, e) -> model.channelProperty().set(r * columnsOfSums() + c));
        channelSums.setOnCellHover((r, c, e) -> {
            ConvStep s = model.stepProperty().get();
            int ch = r * columnsOfSums() + c;
            if (s != null && ch < s.channels()) channelTotal.setText(i18n.get("convstep.channels.hover", ch + 1, Numbers.format(s.channelSums()[ch])));
        });
        channelSums.setOnExit(this::refreshChannelTotal);
        Label sumsTitle = new Label();
        sumsTitle.getStyleClass().add("arith-title");
        sumsTitle.textProperty().bind(i18n.bind("convstep.channels.title"));
        HBox sumsRow = new HBox(8, channelSums, channelTotal);
        sumsRow.setAlignment(Pos.CENTER_LEFT);
        channelBox = new VBox(2, sumsTitle, sumsRow);

        result.setId("resultTerms");
        channelTerms.setId("channelTerms");
        VBox arithmetic = new VBox(4, channelTerms, channelBox, result);
        arithmetic.getStyleClass().add("arithmetic");

        stage.input.setOnCellPress((r, c, e) -> model.jumpToInput(r, c));
        stage.output.setOnCellPress((r, c, e) -> model.jumpToOutput(r, c));
        VBox.setVgrow(stage, Priority.ALWAYS);
        getChildren().addAll(controls, StepperLook.emptyMessage(i18n, "convstep.noConv", model, stage), stage, arithmetic, filters);

        new StepperRedraw<>(this, model, this::maps, this::showStep)
                .fullOn(model.channelProperty(), model.filterProperty(), i18n.localeProperty());
    }

    private FlowPane controls(Node probeChooser) {
        LayerPicker layer = new LayerPicker(model, i18n, "convstep.layer", info -> {
            var spec = (Conv2DSpec) info.spec();
            return i18n.bind("convstep.layer.item", info.name(), spec.kernelH() + "\u00d7" + spec.kernelW(), spec.filters(), info.input().channels());
        });
        layer.comboBox().setId("convLayer");

        IndexPicker filter = new IndexPicker(i18n, "convstep.filter", model.filterProperty());
        filter.setId("filterPicker");
        IndexPicker channel = new IndexPicker(i18n, "convstep.channel", model.channelProperty());
        channel.setId("channelPicker");
        model.currentProperty().addListener((o, a, t) -> {
            filter.setCount(t == null ? 0 : t.filters());
            channel.setCount(t == null ? 0 : t.geometry().channels());
        });
        ConvLayerTaps t = model.currentProperty().get();
        filter.setCount(t == null ? 0 : t.filters());
        channel.setCount(t == null ? 0 : t.geometry().channels());

        FlowPane box = new FlowPane(16, 6, layer, filter, channel);
        box.getStyleClass().add("stepper-controls");
        if (probeChooser != null) box.getChildren().add(probeChooser);
        return box;
    }

    private int columnsOfSums() {
        ConvLayerTaps t = model.currentProperty().get();
        int c = t == null ? 1 : t.geometry().channels();
        return c > 32 ? (c + 1) / 2 : c;
    }

    // colours of the maps: on a new inspection, layer, filter or channel, not on every step
    private void maps(ConvLayerTaps t) {
        ConvGeometry g = t.geometry();
        int ch = Math.min(model.channelProperty().get(), g.channels() - 1), f = Math.min(model.filterProperty().get(), t.filters() - 1);
        int plane = g.height() * g.width();
        inputColors = MapColors.of(t.input(), ch * plane, (ch + 1) * plane, t.runtimeIndex() == 0);
        stage.setInput(g, t.input(), ch * plane, inputColors);
        int kernelSize = g.channels() * g.taps();
        float[] kernel = t.arithmetic().kernel();
        kernelColors = MapColors.diverging(kernel, f * kernelSize, (f + 1) * kernelSize);
        float[] out = t.a() != null ? t.a() : t.z();
        stage.setOutput(g, out, f * g.positions(), MapColors.of(out, f * g.positions(), (f + 1) * g.positions(), false));
        stage.inputTitle.setText(i18n.get(g.channels() > 1 ? "convstep.input.channel" : "convstep.input", g.height(), g.width(), ch + 1, g.channels()));
        stage.kernelTitle.setText(i18n.get(g.channels() > 1 ? "convstep.kernel.channel" : "convstep.kernel", g.kernelH(), g.kernelW(), f + 1, ch + 1));
        stage.outputTitle.setText(i18n.get(t.a() != null ? "convstep.output.activated" : "convstep.output", g.outHeight(), g.outWidth(), f + 1, t.filters(),
                activationName(t)));
        boolean multi = g.channels() > 1;
        channelBox.setVisible(multi);
        channelBox.setManaged(multi);
    }

    private void showStep(ConvLayerTaps t, ConvStep s) {
        ConvGeometry g = t.geometry();
        int ch = Math.min(model.channelProperty().get(), g.channels() - 1);
        stage.show(g, s, ch, inputColors, kernelColors);
        stage.biasText.setText(i18n.get("convstep.bias", Numbers.format(s.bias())));
        ConvStage.products(channelTerms, s, ch, i18n.get(g.channels() > 1 ? "convstep.products.channel" : "convstep.products", ch + 1));
        if (g.channels() > 1) {
            float[] sums = new float[s.channels()];
            for (int c = 0; c < sums.length; c++) sums[c] = (float) s.channelSums()[c];
            sumColors = MapColors.diverging(sums, 0, sums.length);
            int cols = columnsOfSums(), rows = (sums.length + cols - 1) / cols;
            int[] colors = new int[rows * cols];
            System.arraycopy(sumColors.argb(sums, 0, sums.length), 0, colors, 0, sums.length);
            channelSums.setCells(rows, cols, colors);
            channelSums.setRevealed(sums.length);
            channelSums.setMarks(List.of(Mark.cell(ch / cols, ch % cols, MarkStyle.FOCUS)));
            refreshChannelTotal();
        }
        result(t, s);
    }

    private void refreshChannelTotal() {
        ConvStep s = model.stepProperty().get();
        if (s != null) channelTotal.setText(i18n.get("convstep.channels.total", s.channels(), Numbers.format(s.sum())));
    }

    // Σ + b = z, f(z) = a, and whether that is the engine's own number
    private void result(ConvLayerTaps t, ConvStep s) {
        List<String> texts = new ArrayList<>(), styles = new ArrayList<>();
        add(texts, styles, i18n.get("convstep.sum", Numbers.format(s.sum())), "term");
        add(texts, styles, " + ", "op");
        add(texts, styles, i18n.get("convstep.biasTerm", Numbers.factor(s.bias())), "term");
        add(texts, styles, " = ", "op");
        add(texts, styles, "z = " + Numbers.format(s.z()), "result");
        if (ConvArithmetic.elementWise(t.spec().activation())) {
            add(texts, styles, "   \u2192   ", "op");
            add(texts, styles, i18n.get("convstep.activation", activationName(t), Numbers.format(s.a())), "result");
        }
        // softmax is not element-wise: there the check is on z, before it
        boolean onA = ConvArithmetic.elementWise(t.spec().activation()) || t.a() == null;
        double engine = onA ? t.output(s.filter(), s.row(), s.column()) : t.zAt(s.filter(), s.row(), s.column());
        double mine = onA ? s.a() : s.z();
        boolean same = Math.abs(engine - mine) <= 1e-4 * (1 + Math.abs(engine));
        add(texts, styles, "   " + i18n.get(same ? "convstep.engine.same" : "convstep.engine.differs", Numbers.format(engine)),
                same ? "check-ok" : "check-bad");
        result.set(texts, styles);
    }

    private static String activationName(ConvLayerTaps t) {
        return switch (t.spec().activation()) {
            case RELU -> "ReLU";
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            default -> "f";
        };
    }

    private static void add(List<String> texts, List<String> styles, String text, String style) {
        texts.add(text);
        styles.add(style);
    }

    ConvStage stage() {
        return stage;
    }
}
