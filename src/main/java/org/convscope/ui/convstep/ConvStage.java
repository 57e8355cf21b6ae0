package org.convscope.ui.convstep;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.convscope.ui.common.I18n;
import org.convscope.ui.stepper.CellGrid;
import org.convscope.ui.stepper.CellGrid.Mark;
import org.convscope.ui.stepper.CellGrid.MarkStyle;
import org.convscope.ui.stepper.MapColors;
import org.convscope.ui.stepper.Numbers;
import org.convscope.ui.stepper.StepperLook;
import org.convscope.ui.stepper.Terms;

/**
 * The three panels side by side, labelled input, kernel and output: the input map (with its
 * padding) under the sliding window, the kernel over the window's values, and the output map
 * filling in. The window, the kernel and the output cell share one highlight colour.
 */
final class ConvStage extends HBox {
    final CellGrid input = new CellGrid();
    final CellGrid kernel = new CellGrid();
    final CellGrid patch = new CellGrid();
    final CellGrid output = new CellGrid();
    final Label inputTitle = StepperLook.title(), kernelTitle = StepperLook.title(), outputTitle = StepperLook.title();
    final Label patchTitle = small(), weightsTitle = small();
    final Label inputHover = hover(), outputHover = hover(), biasText = new Label();
    private final I18n i18n;
    private float[] inputValues = new float[0], outputValues = new float[0];
    private int inputOffset, inputWidth, outputOffset, outputWidth;

    ConvStage(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("conv-stage");
        input.setId("inputGrid");
        kernel.setId("kernelGrid");
        patch.setId("patchGrid");
        output.setId("outputGrid");
        input.setCellSizes(3, 9, 40);
        output.setCellSizes(3, 9, 40);
        kernel.setCellSizes(14, 40, 52);
        patch.setCellSizes(14, 40, 52);
        biasText.getStyleClass().add("bias-text");

        VBox in = StepperLook.panel(inputTitle, input, inputHover);
        Label times = new Label("\u00d7");
        times.getStyleClass().add("times");
        VBox x = new VBox(2, patchTitle, patch), w = new VBox(2, weightsTitle, kernel);
        x.setAlignment(Pos.TOP_CENTER);
        w.setAlignment(Pos.TOP_CENTER);
        HBox pair = new HBox(4, x, times, w);
        pair.setAlignment(Pos.CENTER);
        VBox k = StepperLook.panel(kernelTitle, pair, biasText);
        VBox out = StepperLook.panel(outputTitle, output, outputHover);
        k.getStyleClass().add("kernel-panel");
        HBox.setHgrow(in, Priority.ALWAYS);
        HBox.setHgrow(out, Priority.ALWAYS);
        getChildren().addAll(in, k, out);

        patchTitle.textProperty().bind(i18n.bind("convstep.window"));
        weightsTitle.textProperty().bind(i18n.bind("convstep.weights"));
        input.setOnCellHover((r, c, e) -> inputHover.setText(hoverText(r, c, inputValues, inputOffset, inputWidth, input)));
        output.setOnCellHover((r, c, e) -> outputHover.setText(hoverText(r, c, outputValues, outputOffset, outputWidth, output)));
        input.setOnExit(() -> inputHover.setText(" "));
        i18n.localeProperty().addListener((o, a, b) -> {
            inputHover.setText(" "); // written in the old language; the next hover writes it anew
            outputHover.setText(" ");
        });
        output.setOnExit(() -> outputHover.setText(" "));
    }

    private String hoverText(int r, int c, float[] values, int off, int width, CellGrid grid) {
        boolean inside = r >= 0 && c >= 0 && c < width && off + r * width + c < values.length;
        return inside ? i18n.get("stepper.hover", r + 1, c + 1, Numbers.format(values[off + r * width + c]))
                : i18n.get("convstep.hover.padding", r + 1, c + 1);
    }

    private static Label small() {
        Label l = new Label();
        l.getStyleClass().add("grid-caption");
        return l;
    }

    private static Label hover() {
        Label l = new Label(" ");
        l.getStyleClass().add("hover-value");
        return l;
    }

    /** The input map shown: values[off …] of one channel, height × width, with the geometry's padding around it. */
    void setInput(ConvGeometry g, float[] values, int off, MapColors colors) {
        inputValues = values;
        inputOffset = off;
        inputWidth = g.width();
        input.setCells(g.height(), g.width(), colors.argb(values, off, g.height() * g.width()),
                g.padTop(), g.padLeft(), g.padBottom(), g.padRight());
        input.setNumbers(values, off);
    }

    void setOutput(ConvGeometry g, float[] values, int off, MapColors colors) {
        outputValues = values;
        outputOffset = off;
        outputWidth = g.outWidth();
        output.setCells(g.outHeight(), g.outWidth(), colors.argb(values, off, g.positions()));
        output.setNumbers(values, off);
    }

    /** Moves the highlight to {@code step}: the window on the input, its values and channel c's weights, the output filled up to it. */
    void show(ConvGeometry g, ConvStep step, int channel, MapColors inputColors, MapColors kernelColors) {
        int top = g.inputRow(step.row(), 0), left = g.inputColumn(step.column(), 0);
        List<Mark> window = new ArrayList<>();
        if (g.dilation() == 1) {
            window.add(new Mark(top, left, g.kernelH(), g.kernelW(), MarkStyle.FOCUS));
        } else {
            int span = g.dilation() * (g.kernelH() - 1) + 1, spanW = g.dilation() * (g.kernelW() - 1) + 1;
            window.add(new Mark(top, left, span, spanW, MarkStyle.OUTLINE));
            for (int ky = 0; ky < g.kernelH(); ky++)
                for (int kx = 0; kx < g.kernelW(); kx++)
                    window.add(Mark.cell(g.inputRow(step.row(), ky), g.inputColumn(step.column(), kx), MarkStyle.FOCUS));
        }
        input.setMarks(window);

        float[] w = step.weights()[channel], x = step.inputs()[channel];
        kernel.setCells(g.kernelH(), g.kernelW(), kernelColors.argb(w, 0, w.length));
        kernel.setNumbers(w, 0);
        kernel.setMarks(List.of(new Mark(0, 0, g.kernelH(), g.kernelW(), MarkStyle.FOCUS)));
        patch.setCells(g.kernelH(), g.kernelW(), inputColors.argb(x, 0, x.length));
        patch.setNumbers(x, 0);
        List<Mark> padded = new ArrayList<>();
        padded.add(new Mark(0, 0, g.kernelH(), g.kernelW(), MarkStyle.FOCUS));
        for (int t = 0; t < x.length; t++) if (!step.inside()[t]) padded.add(Mark.cell(t / g.kernelW(), t % g.kernelW(), MarkStyle.OUTLINE));
        patch.setMarks(padded);

        output.setRevealed(step.row() * g.outWidth() + step.column() + 1);
        output.setMarks(List.of(Mark.cell(step.row(), step.column(), MarkStyle.FOCUS)));
    }

    /** The products of channel c written out: x·w + x·w + … = Σ. */
    static void products(Terms terms, ConvStep step, int channel, String head) {
        List<String> texts = new ArrayList<>(), styles = new ArrayList<>();
        texts.add(head);
        styles.add("term-head");
        int n = step.inputs()[channel].length;
        for (int t = 0; t < n; t++) {
            if (t > 0) {
                texts.add(" + ");
                styles.add("op");
            }
            texts.add(Numbers.factor(step.inputs()[channel][t]) + "\u00d7" + Numbers.factor(step.weights()[channel][t]));
            styles.add(step.inside()[t] ? "term" : "term-padding");
        }
        texts.add(" = ");
        styles.add("op");
        texts.add(Numbers.format(step.channelSums()[channel]));
        styles.add("result");
        terms.set(texts, styles);
    }
}
