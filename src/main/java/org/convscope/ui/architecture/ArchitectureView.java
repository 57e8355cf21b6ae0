package org.convscope.ui.architecture;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.I18n;

/**
 * The Architecture tab: the layer stack from the input image to the class scores, each block drawn
 * to scale with its output shape and its parameter formula in the engine's own numbers; pointing at
 * a number of a formula lights up what it counts. Under the stack, the totals and the table Keras
 * prints for {@code model.summary()}, with multiply-adds and activation memory per layer.
 *
 * <p>For the render CLI, without a window or a training session:
 * <pre>{@code
 *   Scene scene = ArchitectureView.renderScene(ModelSpec.parse("c32k3-p2-c64k3-p2-c64k3-f-d64-d10"),
 *                                              new I18n(Locale.ENGLISH), 1100);
 *   WritableImage image = scene.snapshot(null);   // on the FX thread, after the user-agent theme is set
 * }</pre>
 * or build {@code new ArchitectureView(new SimpleObjectProperty<>(spec), i18n)} and put it in any
 * Scene (it scrolls when the scene is smaller than the stack).
 */
public final class ArchitectureView extends StackPane {
    private static final String STYLESHEET = "architecture.css";
    private static final int BLOCKS_A_PART = 3; // layer blocks made in one later part (see rebuild)

    private final ArchitectureViewModel vm;
    private final I18n i18n;
    private final VBox content = new VBox(10);
    private final List<LayerBlock> blocks = new ArrayList<>();
    private final List<Node> lit = new ArrayList<>();
    private int generation; // of rebuild: which architecture the view shows

    /** Follows {@code spec} (e.g. {@code training().specProperty()}); every text follows {@code i18n}'s language. */
    public ArchitectureView(ObservableValue<ModelSpec> spec, I18n i18n) {
        this(new ArchitectureViewModel(spec), i18n, true);
    }

    private ArchitectureView(ArchitectureViewModel vm, I18n i18n, boolean scrolling) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("architecture-view");
        getStylesheets().add(ArchitectureView.class.getResource(STYLESHEET).toExternalForm());
        content.getStyleClass().add("architecture-content");
        if (scrolling) {
            ScrollPane scroll = new ScrollPane(content);
            scroll.setId("architectureScroll");
            scroll.getStyleClass().add("edge-to-edge");
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            getChildren().add(scroll);
        } else {
            getChildren().add(content);
        }
        vm.architectureProperty().addListener((o, a, b) -> rebuild(b));
        vm.highlightsProperty().addListener((o, a, b) -> light(b));
        rebuild(vm.architecture());
    }

    /**
     * A scene holding the whole view for {@code spec} at {@code width} pixels, as tall as its
     * content, without scroll bars; call on the FX thread and snapshot it.
     */
    public static Scene renderScene(ModelSpec spec, I18n i18n, double width) {
        ArchitectureView view = new ArchitectureView(new ArchitectureViewModel(new SimpleObjectProperty<>(spec)), i18n, false);
        // CSS decides the fonts and paddings, so the height is measured in a scene of its own first
        Group measuring = new Group(view);
        new Scene(measuring);
        view.applyCss();
        double height = Math.ceil(view.prefHeight(width));
        measuring.getChildren().clear();
        return new Scene(view, width, height);
    }

    public ArchitectureViewModel viewModel() {
        return vm;
    }

    private void rebuild(Architecture architecture) {
        int made = ++generation;
        lit.clear();
        blocks.clear();
        content.getChildren().clear();
        content.getChildren().addAll(text("architecture.title", "architecture-title"), text("architecture.hint", "architecture-hint"));
        if (architecture == null) return;
        if (architecture.error() != null) {
            Label error = text("architecture.error.model", "error-message", architecture.error());
            error.setId("modelError");
            content.getChildren().add(error);
        }
        content.getChildren().add(header());
        VBox stack = new VBox(6);
        stack.setId("layerStack");
        stack.getStyleClass().add("layer-stack");
        content.getChildren().add(stack);
        // the blocks, a few at a time, and then the tables are parts of their own when the view is made ahead of need
        // (BuildSteps): the whole stack in one was a part of 41-72 ms in the first seconds; a part for an
        // architecture since replaced is dropped
        GlyphScale scale = GlyphScale.fitting(shapes(architecture));
        int count = architecture.layers().size() + 1; // the input, then each layer
        for (int from = 0; from < count; from += BLOCKS_A_PART) {
            int first = from;
            int end = Math.min(count, from + BLOCKS_A_PART);
            BuildSteps.later(() -> {
                if (generation == made) addBlocks(architecture, scale, stack, first, end);
            });
        }
        BuildSteps.later(() -> {
            if (generation == made) content.getChildren().addAll(new TotalsBar(architecture, i18n), new KerasSummary(architecture, i18n));
        });
    }

    // blocks first (inclusive) to end (exclusive) of the stack: 0 is the input, k the k-th layer
    private void addBlocks(Architecture architecture, GlyphScale scale, VBox stack, int first, int end) {
        int before = blocks.size();
        for (int k = first; k < end; k++) {
            if (k == 0) {
                blocks.add(LayerBlock.input(architecture.input(), scale, i18n));
                continue;
            }
            LayerEntry e = architecture.layers().get(k - 1);
            blocks.add(LayerBlock.layer(e, architecture.inputOf(e.index()), scale, vm.hoveredProperty(), i18n));
            // the kernel's window is drawn on the block of the layer's input, made before it
            if (e.resolved() && e.spec() instanceof Conv2DSpec c) blocks.get(e.index()).prepareKernelWindow(c.kernelH(), c.kernelW());
        }
        stack.getChildren().addAll(blocks.subList(before, blocks.size()));
        light(vm.highlightsProperty().get());
    }

    private static List<Shape> shapes(Architecture architecture) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(architecture.input());
        for (LayerEntry e : architecture.layers()) if (e.resolved()) shapes.add(e.info().output());
        return shapes;
    }

    private HBox header() {
        HBox header = new HBox(
                column("architecture.column.block", "col-drawing"),
                column("architecture.column.layer", "col-names"),
                column("architecture.column.shape", "col-shape"),
                column("architecture.column.params", "col-params"));
        header.getStyleClass().add("stack-header");
        return header;
    }

    private Label column(String key, String columnClass) {
        Label l = text(key, "column-title");
        l.getStyleClass().addAll("block-cell", columnClass);
        return l;
    }

    private Label text(String key, String styleClass, Object... args) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.textProperty().bind(i18n.bind(key, args));
        return l;
    }

    // Lights what the hovered factor counts, after putting out what the previous one lit.
    private void light(List<Highlight> highlights) {
        for (Node n : lit) {
            n.getStyleClass().removeIf(c -> c.equals("highlight") || c.startsWith("tone-"));
            if (n.getStyleClass().contains("kernel-window")) n.setVisible(false);
        }
        lit.clear();
        for (Highlight h : highlights) {
            if (h.position() < 0 || h.position() >= blocks.size()) continue;
            Node n = blocks.get(h.position()).element(h.element());
            if (n == null) continue;
            n.getStyleClass().addAll("highlight", h.tone().styleClass());
            if (h.element() == Highlight.Element.KERNEL) n.setVisible(true);
            lit.add(n);
        }
    }
}
