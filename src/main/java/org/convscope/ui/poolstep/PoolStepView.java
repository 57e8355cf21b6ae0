package org.convscope.ui.poolstep;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.common.I18n;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.stepper.CellGrid;
import org.convscope.ui.stepper.CellGrid.Mark;
import org.convscope.ui.stepper.CellGrid.MarkStyle;
import org.convscope.ui.stepper.IndexPicker;
import org.convscope.ui.stepper.LayerPicker;
import org.convscope.ui.stepper.MapColors;
import org.convscope.ui.stepper.Numbers;
import org.convscope.ui.stepper.PlaybackBar;
import org.convscope.ui.stepper.ProbeChooser;
import org.convscope.ui.stepper.StepperKeys;
import org.convscope.ui.stepper.StepperLook;
import org.convscope.ui.stepper.StepperRedraw;

/**
 * The "Pooling step" tab: a pooling window sliding over a real feature map with its stride, the
 * chosen value highlighted, and the output filling in — max, average and weighted average side by
 * side on the same numbers. The course's 4×4 example (29, 15, 0, 100 → 100 and 36) is a preset.
 *
 * <p>For the render CLI: {@code new PoolStepView(inspection, i18n)} draws from any
 * {@link Inspection} without a training session; {@link #model()} chooses the layer, channel,
 * mode and position ({@code playback().jump(n)}). It is laid out completely on construction.
 */
public final class PoolStepView extends VBox {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private final PoolStepModel model;
    private final I18n i18n;
    private final CellGrid input = new CellGrid();
    private final CellGrid window = new CellGrid();
    private final CellGrid mask = new CellGrid();
    private final Map<PoolMode, CellGrid> outputs = new EnumMap<>(PoolMode.class);
    private final Map<PoolMode, Label> outputTitles = new EnumMap<>(PoolMode.class);
    private final PoolLines lines;
    private final Label inputTitle = StepperLook.title(), windowTitle = StepperLook.title(), maskTitle = StepperLook.title();
    private final Label hover = new Label(" ");
    private final HBox stage;
    private final HBox probeSlot = new HBox();
    private MapColors colors;

    public PoolStepView(ObservableValue<Inspection> inspection, I18n i18n) {
        this.i18n = i18n;
        this.model = new PoolStepModel(inspection);
        getStyleClass().add("poolstep-view");
        getStylesheets().add(StepperLook.STYLESHEET);
        getStylesheets().add(PoolStepView.class.getResource("poolstep.css").toExternalForm());
        setSpacing(8);
        setPadding(new Insets(10));

        input.setId("poolInput");
        window.setId("poolWindow");
        mask.setId("poolMask");
        input.setCellSizes(3, 10, 44);
        window.setCellSizes(22, 44, 60);
        mask.setCellSizes(16, 26, 34);
        hover.getStyleClass().add("hover-value");
        input.setOnCellPress((r, c, e) -> model.jumpToInput(r, c));
        input.setOnCellHover((r, c, e) -> hoverInput(r, c));
        input.setOnExit(() -> hover.setText(" "));

        VBox inputPanel = StepperLook.panel(inputTitle, input, hover);
        VBox windowPanel = StepperLook.panel(windowTitle, window, maskTitle, mask);
        windowPanel.getStyleClass().add("window-panel");
        VBox.setVgrow(mask, Priority.NEVER);
        HBox outs = new HBox(8);
        for (PoolMode m : PoolMode.values()) {
            CellGrid g = new CellGrid();
            g.setId("poolOutput" + m.name());
            g.setCellSizes(3, 12, 44);
            g.setOnCellPress((r, c, e) -> model.jumpToOutput(r, c));
            outputs.put(m, g);
            Label t = StepperLook.title();
            outputTitles.put(m, t);
            VBox p = StepperLook.panel(t, g);
            p.getStyleClass().add("mode-output");
            p.setOnMouseClicked(e -> model.modeProperty().set(m));
            HBox.setHgrow(p, Priority.ALWAYS);
            outs.getChildren().add(p);
        }
        HBox.setHgrow(inputPanel, Priority.ALWAYS);
        HBox.setHgrow(outs, Priority.ALWAYS);
        stage = new HBox(10, inputPanel, windowPanel, outs);
        VBox.setVgrow(stage, Priority.ALWAYS);

        lines = new PoolLines(i18n);

        getChildren().addAll(controls(), StepperLook.emptyMessage(i18n, "poolstep.noPool", model, stage), stage, lines,
                new PlaybackBar(model.playback(), i18n, this));
        StepperKeys.install(this, model::playback);

        new StepperRedraw<>(this, model, this::maps, this::showStep)
                .fullOn(model.channelProperty(), i18n.localeProperty())
                .stepOn(model.modeProperty());
    }

    private FlowPane controls() {
        LayerPicker layer = new LayerPicker(model, i18n, "poolstep.layer", info -> {
            var spec = (Pool2DSpec) info.spec();
            return i18n.bind("poolstep.layer.item", info.name(), spec.sizeH() + "\u00d7" + spec.sizeW(), spec.strideH());
        });
        layer.comboBox().setId("poolLayer");
        layer.comboBox().disableProperty().bind(model.courseExampleProperty());

        ToggleButton course = new ToggleButton();
        course.setId("courseExample");
        course.textProperty().bind(i18n.bind("poolstep.course"));
        course.selectedProperty().bindBidirectional(model.courseExampleProperty());
        course.setFocusTraversable(false);

        IndexPicker channel = new IndexPicker(i18n, "poolstep.channel", model.channelProperty());
        channel.setId("poolChannel");
        model.currentProperty().addListener((o, a, t) -> channel.setCount(t == null ? 0 : t.window().channels()));
        if (model.currentProperty().get() != null) channel.setCount(model.currentProperty().get().window().channels());

        ToggleGroup modes = new ToggleGroup();
        HBox modeBox = new HBox(0);
        PoolMode[] all = PoolMode.values();
        for (int i = 0; i < all.length; i++) {
            PoolMode m = all[i];
            ToggleButton b = new ToggleButton();
            b.setId("mode" + m.name());
            b.textProperty().bind(i18n.bind("poolstep.mode." + m.name().toLowerCase(java.util.Locale.ROOT)));
            b.setToggleGroup(modes);
            b.setFocusTraversable(false);
            b.getStyleClass().add(i == 0 ? "left-pill" : i == all.length - 1 ? "right-pill" : "center-pill");
            b.setSelected(model.modeProperty().get() == m);
            b.selectedProperty().addListener((o, was, on) -> {
                if (on) model.modeProperty().set(m);
            });
            model.modeProperty().addListener((o, a, now) -> b.setSelected(now == m));
            modeBox.getChildren().add(b);
        }
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null && a != null) a.setSelected(true);
        });

        FlowPane box = new FlowPane(16, 6, layer, course, channel, modeBox, probeSlot);
        box.getStyleClass().add("stepper-controls");
        return box;
    }

    private void hoverInput(int r, int c) {
        PoolLayerTaps t = model.currentProperty().get();
        if (t == null) return;
        PoolWindow w = t.window();
        int ch = Math.min(model.channelProperty().get(), w.channels() - 1);
        hover.setText(i18n.get("stepper.hover", r + 1, c + 1, Numbers.format(t.input()[(ch * w.height() + r) * w.width() + c])));
    }

    private void maps(PoolLayerTaps t) {
        PoolWindow w = t.window();
        int ch = Math.min(model.channelProperty().get(), w.channels() - 1), plane = w.height() * w.width();
        colors = MapColors.of(t.input(), ch * plane, (ch + 1) * plane, false);
        input.setCells(w.height(), w.width(), colors.argb(t.input(), ch * plane, plane));
        input.setNumbers(t.input(), ch * plane);
        for (PoolMode m : PoolMode.values()) {
            float[] out = t.arithmetic().map(ch, m);
            CellGrid g = outputs.get(m);
            g.setCells(w.outHeight(), w.outWidth(), colors.argb(out, 0, out.length));
            g.setNumbers(out, 0);
            outputTitles.get(m).setText(i18n.get("poolstep.output." + m.name().toLowerCase(java.util.Locale.ROOT), w.outHeight(), w.outWidth()));
        }
        inputTitle.setText(t.isCourseExample() ? i18n.get("poolstep.input.course")
                : i18n.get("poolstep.input", w.height(), w.width(), ch + 1, w.channels()));
        windowTitle.setText(i18n.get("poolstep.window", w.sizeH(), w.sizeW(), w.strideH(), w.strideW()));
        WeightMask m = t.arithmetic().mask();
        int[] maskColors = new int[m.weights().length];
        float[] maskValues = new float[maskColors.length];
        for (int i = 0; i < maskColors.length; i++) maskValues[i] = m.weight(i);
        MapColors mc = MapColors.of(maskValues, 0, maskValues.length, false);
        mask.setCells(m.rows(), m.columns(), mc.argb(maskValues, 0, maskValues.length));
        mask.setNumbers(maskValues, 0);
        maskTitle.setText(i18n.get("poolstep.mask", m.total()));
    }

    private void showStep(PoolLayerTaps t, PoolStep s) {
        PoolMode mode = model.modeProperty().get();
        PoolWindow w = t.window();
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(s.top(), s.left(), s.sizeH(), s.sizeW(), MarkStyle.FOCUS));
        if (mode == PoolMode.MAX) marks.add(Mark.cell(s.winnerRow(), s.winnerColumn(), MarkStyle.WINNER));
        input.setMarks(marks);
        window.setCells(s.sizeH(), s.sizeW(), colors.argb(s.values(), 0, s.values().length));
        window.setNumbers(s.values(), 0);
        List<Mark> windowMarks = new ArrayList<>();
        windowMarks.add(new Mark(0, 0, s.sizeH(), s.sizeW(), MarkStyle.FOCUS));
        if (mode == PoolMode.MAX) windowMarks.add(Mark.cell(s.winner() / s.sizeW(), s.winner() % s.sizeW(), MarkStyle.WINNER));
        window.setMarks(windowMarks);
        mask.setMarks(mode == PoolMode.WEIGHTED ? List.of(new Mark(0, 0, s.sizeH(), s.sizeW(), MarkStyle.FOCUS)) : List.of());
        int revealed = s.row() * w.outWidth() + s.column() + 1;
        for (PoolMode m : PoolMode.values()) {
            CellGrid g = outputs.get(m);
            g.setRevealed(revealed);
            g.setMarks(List.of(Mark.cell(s.row(), s.column(), MarkStyle.FOCUS)));
            g.getParent().pseudoClassStateChanged(CHOSEN, m == mode);
        }
        lines.show(t, s, mode);
    }

    /** Adds the test-image chooser for the live probe (the app does; a snapshot needs none). Returns this. */
    public PoolStepView withProbe(ProbeModel probe, I18n i18n) {
        probeSlot.getChildren().setAll(new ProbeChooser(probe, i18n));
        return this;
    }

    public PoolStepModel model() {
        return model;
    }
}
