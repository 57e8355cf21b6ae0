package org.convscope.ui.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.convscope.engine.io.SavedModel;
import org.convscope.training.SessionState;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.PixelView;
import org.convscope.ui.common.Settled;
import org.convscope.ui.common.TreeVisible;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.TrainingViewModel;

/**
 * The Kernels tab: every weight of every layer with weights, live while training, so a class sees
 * the filters form from noise. A layer chooser; the kernels as a grid (a row per filter, a column
 * per input channel), as one image per filter, as grey image patches (first layer) or as a matrix;
 * a zero-centred colour scale per filter, per layer or for all layers, with its legend; zoom with
 * square pixels; the exact weight and the filter's bias under the pointer.
 *
 * <p>Offscreen, for {@code render kernels}: build it with {@link #KernelsView(ObservableValue, I18n,
 * TaskRunner)} from fixed weights ({@link ModelWeights#of(SavedModel)} reads them from a model file)
 * and {@link TaskRunner#immediate()}, so the picture is drawn before the constructor returns; choose
 * with {@link #selectLayer} and {@link #setMode} (a new layer or mode is fitted to the space at the
 * next layout), put it in a Scene of the size wanted and snapshot it.
 */
public final class KernelsView extends BorderPane {
    // the tiles' spacing in kernels.css, for fitting them to the space
    private static final double TILE_FRAME = 2, TILE_LABEL = 16, TILES_HGAP = 10, TILES_VGAP = 8, TILES_PADDING = 10;
    /** A drawing canvas is kept under this many pixels (and 4096 on a side), whatever the zoom. */
    private static final double MAX_CANVAS_PIXELS = 6e6;

    private final KernelsViewModel vm;
    private final I18n i18n;
    private final KernelZoom zoom = new KernelZoom();
    private final ObjectProperty<ColorMap> colours = new SimpleObjectProperty<>(ColorMap.DIVERGING); // the legend's
    private final VBox top = new VBox();
    private final Label caption = new Label();
    private final Label readout = new Label();
    private final Label empty = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private final PixelView sheet = new PixelView();
    private final StackPane sheetFrame = frame(sheet);
    private final FlowPane tiles = new FlowPane();
    private final List<PixelView> tileViews = new ArrayList<>();
    private final ObjectProperty<KernelLayout> shown = new SimpleObjectProperty<>();
    private WritableImage sheetImage;
    private final List<WritableImage> tileImages = new ArrayList<>();
    private boolean needsFit;

    /** The app's tab: the live weights of {@code training}, drawn calmly while it runs. */
    public KernelsView(TrainingViewModel training, I18n i18n, TaskRunner tasks) {
        this(bound(training.weightsProperty(), tasks), i18n);
        vm.liveProperty().bind(training.stateProperty().isEqualTo(SessionState.RUNNING));
        vm.activeProperty().bind(TreeVisible.of(this));
    }

    /** Fixed or changing weights without a training session (the render CLI, tests). */
    public KernelsView(ObservableValue<ModelWeights> weights, I18n i18n, TaskRunner tasks) {
        this(bound(weights, tasks), i18n);
    }

    public KernelsView(KernelsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("kernels-view");
        getStylesheets().add(KernelsView.class.getResource("kernels.css").toExternalForm());

        caption.getStyleClass().add("kernels-caption");
        caption.setId("kernelsCaption");
        caption.setWrapText(true);
        caption.textProperty().bind(Bindings.createStringBinding(
                () -> shown.get() == null ? "" : KernelTexts.caption(shown.get(), i18n), shown, i18n.localeProperty()));
        top.getChildren().add(caption);
        top.getStyleClass().add("kernels-top");
        setTop(top);
        // the tool bar (a dozen buttons, their tooltips and bindings, a slider, a legend: 28-52 ms in the first
        // seconds, when the view's making took 44-119 ms) is made in an idle step of its own when the view is made
        // ahead of need; the zoom and the legend's colours are the view's, so nothing here waits for it
        BuildSteps.later(() -> top.getChildren().add(0, new KernelControls(vm, i18n, zoom, colours)));

        scroll.getStyleClass().addAll("kernels-scroll", "edge-to-edge");
        scroll.setId("kernelsScroll");
        tiles.getStyleClass().add("kernel-tiles");
        sheet.setId("kernelSheet");
        sheet.cellSizeProperty().bind(zoom.cellSize());
        sheet.setOnPixelHover((r, c) -> hover(0, r, c));
        sheet.setOnPixelExit(() -> vm.hoverProperty().set(null));
        empty.getStyleClass().add("kernels-empty");
        empty.textProperty().bind(i18n.bind("kernels.empty"));
        setCenter(scroll);

        readout.setId("kernelReadout");
        readout.getStyleClass().add("kernels-readout");
        readout.textProperty().bind(Bindings.createStringBinding(this::readoutText,
                vm.hoverProperty(), vm.pictureProperty(), i18n.localeProperty()));
        setBottom(readout);

        vm.pictureProperty().addListener((o, a, p) -> show(p));
        vm.hoverProperty().addListener((o, a, c) -> highlight(c));
        show(vm.pictureProperty().get());
    }

    private static KernelsViewModel bound(ObservableValue<ModelWeights> weights, TaskRunner tasks) {
        KernelsViewModel vm = new KernelsViewModel(tasks);
        vm.weightsProperty().bind(weights);
        return vm;
    }

    private String readoutText() {
        Cell c = vm.hoverProperty().get();
        KernelPicture p = vm.pictureProperty().get();
        return c == null || p == null ? i18n.get("kernels.hover.hint") : KernelTexts.hover(p, c, i18n);
    }

    private void hover(int image, int row, int col) {
        KernelLayout l = shown.get();
        vm.hoverProperty().set(l == null ? null : l.cellAt(image, row, col));
    }

    static double maxZoom(KernelLayout l) {
        if (l.mode().tiled()) return 32;
        double w = l.width(), h = l.height();
        double z = Math.min(4096 / Math.max(w, h), Math.sqrt(MAX_CANVAS_PIXELS / (w * h)));
        return Math.max(1, Math.min(24, Math.floor(z)));
    }

    // Fits the zoom to a newly shown layer or mode, now that the space for it is known.
    @Override
    protected void layoutChildren() {
        KernelLayout l = shown.get();
        if (needsFit && l != null && getWidth() > 0) {
            needsFit = false;
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            double h = getHeight() - snappedTopInset() - snappedBottomInset() - getTop().prefHeight(w) - getBottom().prefHeight(w);
            zoom.value().set(l.mode().tiled() ? tileZoom(l, w - 20, h - 4) : sheetZoom(l, w - 20));
        }
        super.layoutChildren();
    }

    /** Whole pixels per weight so the grid or matrix fills the width (the height scrolls); a matrix gets at least 2. */
    static double sheetZoom(KernelLayout l, double width) {
        double z = Math.floor(width / l.width());
        if (l.mode() == KernelMode.MATRIX) z = Math.max(2, z);
        return Math.max(1, Math.min(maxZoom(l), z));
    }

    /** The largest tiles that all fit in width × height (at least about 24 screen pixels: then they scroll). */
    static double tileZoom(KernelLayout l, double width, double height) {
        WeightLayer k = l.layer();
        for (int z = (int) maxZoom(l); z >= 1; z--) {
            double tileW = k.kw() * z + TILE_FRAME, tileH = k.kh() * z + TILE_FRAME + TILE_LABEL;
            int columns = (int) Math.floor((width - 2 * TILES_PADDING + TILES_HGAP) / (tileW + TILES_HGAP));
            if (columns < 1) continue;
            int rows = (k.filters() + columns - 1) / columns;
            if (rows * (tileH + TILES_VGAP) - TILES_VGAP + 2 * TILES_PADDING <= height) return z;
        }
        return Math.max(1, Math.round(24.0 / Math.max(k.kh(), k.kw())));
    }

    private void show(KernelPicture p) {
        if (p == null) {
            shown.set(null);
            scroll.setContent(empty);
            return;
        }
        KernelLayout layout = p.layout();
        if (!layout.equals(shown.get())) rebuild(layout);
        if (layout.mode().tiled()) {
            for (int f = 0; f < tileViews.size(); f++) {
                tileImages.set(f, paint(tileImages.get(f), p.images().get(f)));
                tileViews.get(f).setImage(tileImages.get(f));
            }
        } else {
            sheetImage = paint(sheetImage, p.images().get(0));
            sheet.setImage(sheetImage);
            highlight(vm.hoverProperty().get());
        }
        colours.set(p.map());
    }

    // A new layer or mode: new nodes, and a zoom that fits them.
    private void rebuild(KernelLayout layout) {
        shown.set(layout);
        zoom.limit(maxZoom(layout));
        needsFit = true;
        requestLayout();
        if (layout.mode().tiled()) {
            tiles.getChildren().clear();
            tileViews.clear();
            tileImages.clear();
            for (int f = 0; f < layout.layer().filters(); f++) {
                int filter = f;
                PixelView view = new PixelView();
                view.cellSizeProperty().bind(zoom.cellSize());
                view.setOnPixelHover((r, c) -> hover(filter, r, c));
                view.setOnPixelExit(() -> vm.hoverProperty().set(null));
                Label index = new Label(Integer.toString(f));
                VBox tile = new VBox(frame(view), index);
                tile.getStyleClass().add("kernel-tile");
                tile.setAlignment(Pos.TOP_CENTER);
                tileViews.add(view);
                tileImages.add(null);
                tiles.getChildren().add(tile);
            }
            scroll.setFitToWidth(true);
            scroll.setContent(tiles);
        } else {
            sheetImage = null;
            scroll.setFitToWidth(false);
            scroll.setContent(sheetFrame);
        }
    }

    private static StackPane frame(Node content) {
        StackPane frame = new StackPane(content);
        frame.getStyleClass().add("kernel-frame");
        frame.setAlignment(Pos.TOP_LEFT);
        frame.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        return frame;
    }

    // Copies pixels into the image, reusing it when the size is the same.
    private static WritableImage paint(WritableImage img, Raster r) {
        if (img == null || img.getWidth() != r.width() || img.getHeight() != r.height()) img = new WritableImage(r.width(), r.height());
        img.getPixelWriter().setPixels(0, 0, r.width(), r.height(), PixelFormat.getIntArgbInstance(), r.argb(), 0, r.width());
        return img;
    }

    // outlines the kernel under the pointer in the grid, so the read-out is easy to place
    private void highlight(Cell c) {
        KernelLayout l = shown.get();
        if (c == null || l == null || l.mode() != KernelMode.GRID) {
            sheet.setHighlights(Color.BLACK);
            return;
        }
        int[] p = l.pixelOf(c.filter(), c.channel(), 0, 0);
        sheet.setHighlights(Color.BLACK, new int[] {p[0], p[1], l.layer().kh(), l.layer().kw()});
    }

    /**
     * Shows each convolution filter's top patches beside its kernels, found by {@code patches}; a patch clicked
     * there opens its test image in Feature maps ({@code onFeatureMaps}) or Explain ({@code onExplain}).
     */
    public KernelsView withTopPatches(TopPatchesViewModel patches, IntConsumer onFeatureMaps, IntConsumer onExplain) {
        BuildSteps.later(() -> { // 7-18 ms in the first seconds: an idle step of its own when made ahead of need
            PatchesPanel panel = new PatchesPanel(patches, vm, i18n);
            panel.setRoutes(onFeatureMaps, onExplain);
            patches.activeProperty().bind(Settled.of(TreeVisible.of(panel))); // the search waits for the view's first frame
            setRight(panel);
        });
        return this;
    }

    /** The top patches beside the kernels, or null. */
    PatchesPanel patchesPanel() {
        return getRight() instanceof PatchesPanel p ? p : null;
    }

    /** Shows the layer with Keras name {@code name} (conv2d, conv2d_1, dense, …); false if there is none. */
    public boolean selectLayer(String name) {
        return vm.selectLayer(name);
    }

    /** Shows layer {@code index} among those with weights (0 = the first conv layer). */
    public void setLayer(int index) {
        vm.layerProperty().set(index);
    }

    public void setMode(KernelMode mode) {
        vm.modeProperty().set(mode);
    }

    public KernelsViewModel viewModel() {
        return vm;
    }
}
