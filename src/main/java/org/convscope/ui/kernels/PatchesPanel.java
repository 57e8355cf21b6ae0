package org.convscope.ui.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.convscope.data.Dataset;
import org.convscope.engine.learned.ReceptiveField;
import org.convscope.engine.learned.TopPatches;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Images;
import org.convscope.ui.common.PixelView;

/**
 * Beside the kernels: for each filter of the layer shown, the nine test-image patches that excite it most
 * (Zeiler and Fergus), each the filter's receptive field. Pointing at a patch shows its whole test image with
 * the field outlined and the activation; clicking one keeps it there, with buttons that open that image in
 * Feature maps or Explain. The filter pointed at in the kernels is outlined here too.
 */
final class PatchesPanel extends VBox {
    /** Screen pixels a filter's 3×3 grid of patches takes, whatever the field's size. */
    private static final double TILE = 96;
    private static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    private static final int GAP_ARGB = 0xff808080;

    private final TopPatchesViewModel vm;
    private final KernelsViewModel kernels;
    private final I18n i18n;
    private final Label title = new Label();
    private final Label status = new Label();
    private final FlowPane tiles = new FlowPane();
    private final List<VBox> tileNodes = new ArrayList<>();
    private final PixelView context = new PixelView();
    private final Label readout = new Label();
    private final Button featureMaps = new Button();
    private final Button explain = new Button();
    private TopPatches.LayerPatches shown;
    private Pick hovered;
    private Pick picked;
    private IntConsumer onFeatureMaps = i -> { };
    private IntConsumer onExplain = i -> { };

    /** A patch pointed at or clicked: filter f's k-th. */
    private record Pick(int filter, int k, TopPatches.Patch patch) {
    }

    PatchesPanel(TopPatchesViewModel vm, KernelsViewModel kernels, I18n i18n) {
        this.vm = vm;
        this.kernels = kernels;
        this.i18n = i18n;
        getStyleClass().add("patches-panel");
        setId("patchesPanel");
        title.getStyleClass().add("section-title");
        status.getStyleClass().add("patches-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        tiles.getStyleClass().add("patch-tiles");
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("patches-scroll", "edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        context.setId("patchContext");
        context.cellSizeProperty().set(3);
        readout.setId("patchReadout");
        readout.getStyleClass().add("patches-readout");
        readout.setWrapText(true);
        featureMaps.setId("patchFeatureMaps");
        featureMaps.setOnAction(e -> {
            if (picked != null) onFeatureMaps.accept(picked.patch().image());
        });
        explain.setId("patchExplain");
        explain.setGraphic(Icons.of(Icons.EXPLAIN));
        explain.setOnAction(e -> {
            if (picked != null) onExplain.accept(picked.patch().image());
        });
        VBox side = new VBox(6, readout, new HBox(6, featureMaps, explain));
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox contextBox = new HBox(10, context, side);
        contextBox.getStyleClass().add("patches-context");
        contextBox.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(title, status, scroll, contextBox);

        vm.foundProperty().addListener((o, a, b) -> show());
        vm.busyProperty().addListener((o, a, b) -> showStatus());
        vm.errorProperty().addListener((o, a, b) -> showStatus());
        kernels.layerProperty().addListener((o, a, b) -> show());
        kernels.hoverProperty().addListener((o, a, c) -> link(c == null ? -1 : c.filter()));
        i18n.localeProperty().addListener((o, a, b) -> refreshTexts());
        refreshTexts();
        show();
    }

    void setRoutes(IntConsumer onFeatureMaps, IntConsumer onExplain) {
        this.onFeatureMaps = onFeatureMaps;
        this.onExplain = onExplain;
    }

    private TopPatches.LayerPatches layerShown() {
        TopPatchesViewModel.Found f = vm.foundProperty().get();
        int i = kernels.layerProperty().get();
        if (f == null || i < 0 || i >= kernels.layers().size() || kernels.layers().get(i).dense()) return null;
        return f.patches().layer(kernels.layers().get(i).specIndex());
    }

    private void show() {
        TopPatches.LayerPatches lp = layerShown();
        if (lp != shown) {
            hovered = null;
            picked = null;
        }
        shown = lp;
        tiles.getChildren().clear();
        tileNodes.clear();
        if (lp != null) {
            ReceptiveField rf = lp.field();
            for (int f = 0; f < lp.filters().size(); f++) tileNodes.add(tile(lp, f, rf));
            tiles.getChildren().setAll(tileNodes);
        }
        showStatus();
        showContext();
    }

    private VBox tile(TopPatches.LayerPatches lp, int f, ReceptiveField rf) {
        List<TopPatches.Patch> patches = lp.filters().get(f);
        int w = 3 * rf.sizeW() + 2, h = 3 * rf.sizeH() + 2;
        int[] argb = new int[w * h];
        java.util.Arrays.fill(argb, GAP_ARGB);
        for (int k = 0; k < patches.size(); k++) {
            float[] px = patches.get(k).pixels(); // [C,sizeH,sizeW]: the first channel is shown
            int top = (k / 3) * (rf.sizeH() + 1), left = (k % 3) * (rf.sizeW() + 1);
            for (int y = 0; y < rf.sizeH(); y++) {
                for (int x = 0; x < rf.sizeW(); x++) {
                    int v = Math.round(Math.max(0f, Math.min(1f, px[y * rf.sizeW() + x])) * 255);
                    argb[(top + y) * w + left + x] = 0xff000000 | v << 16 | v << 8 | v;
                }
            }
        }
        PixelView view = new PixelView();
        view.setImage(Images.argb(argb, 0, w, h));
        view.cellSizeProperty().set(TILE / Math.max(w, h));
        int filter = f;
        view.setOnPixelHover((r, c) -> {
            int k = patchAt(rf, r, c);
            hovered = k < 0 || k >= patches.size() ? null : new Pick(filter, k, patches.get(k));
            showContext();
        });
        view.setOnPixelExit(() -> {
            hovered = null;
            showContext();
        });
        view.setOnMouseClicked(e -> {
            if (hovered != null && hovered.filter() == filter) {
                picked = hovered;
                showContext();
            }
        });
        view.setId("patches-" + f);
        Label index = new Label(Integer.toString(f));
        VBox tile = new VBox(2, index, view);
        tile.getStyleClass().add("patch-tile");
        tile.setAlignment(Pos.TOP_CENTER);
        return tile;
    }

    // which of the 3×3 patches pixel (r, c) of a tile is in, or −1 on a gap
    private static int patchAt(ReceptiveField rf, int r, int c) {
        int row = r / (rf.sizeH() + 1), col = c / (rf.sizeW() + 1);
        if (r % (rf.sizeH() + 1) == rf.sizeH() || c % (rf.sizeW() + 1) == rf.sizeW()) return -1;
        return row * 3 + col;
    }

    private void link(int filter) {
        for (int f = 0; f < tileNodes.size(); f++) tileNodes.get(f).pseudoClassStateChanged(LINKED, f == filter);
    }

    private void showStatus() {
        String err = vm.errorProperty().get();
        TopPatchesViewModel.Found f = vm.foundProperty().get();
        int i = kernels.layerProperty().get();
        boolean dense = i >= 0 && i < kernels.layers().size() && kernels.layers().get(i).dense();
        if (err != null) status.setText(i18n.get("kernels.patches.failed", err));
        else if (dense) status.setText(i18n.get("kernels.patches.dense"));
        else if (shown == null) status.setText(i18n.get("kernels.patches.searching"));
        else status.setText(i18n.get("kernels.patches.what", String.format(Locale.ROOT, "%,d", f.patches().images()),
                shown.field().sizeH() + "×" + shown.field().sizeW())
                + (vm.busyProperty().get() ? " " + i18n.get("kernels.patches.updating") : ""));
    }

    private void showContext() {
        Pick p = hovered != null ? hovered : picked;
        TopPatchesViewModel.Found f = vm.foundProperty().get();
        featureMaps.setDisable(picked == null);
        explain.setDisable(picked == null);
        if (p == null || f == null || shown == null) {
            context.setImage(null);
            readout.setText(shown == null ? "" : i18n.get("kernels.patches.hint"));
            return;
        }
        Dataset test = f.test();
        float[] px = new float[test.imageSize()];
        test.writeNormalised(p.patch().image(), px, 0);
        context.setImage(Images.gray(px, test.width(), test.height()));
        ReceptiveField rf = shown.field();
        context.setHighlights(Color.web("#E69F00"), new int[] {rf.top(p.patch().row()), rf.left(p.patch().column()), rf.sizeH(), rf.sizeW()});
        String cls = f.dataset().className(test.label(p.patch().image()), i18n.locale());
        readout.setText(i18n.get("kernels.patches.hover", Integer.toString(p.filter()), Integer.toString(p.k() + 1),
                Integer.toString(p.patch().image()), cls, String.format(Locale.ROOT, "%.3f", p.patch().activation()))
                + (p == picked ? "" : "\n" + i18n.get("kernels.patches.clickToKeep")));
    }

    private void refreshTexts() {
        title.setText(i18n.get("kernels.patches.title"));
        featureMaps.setText(i18n.get("kernels.patches.featureMaps"));
        explain.setText(i18n.get("kernels.patches.explain"));
        showStatus();
        showContext();
    }

    /** The patches shown now, for tests: null when the layer has none. */
    TopPatches.LayerPatches shown() {
        return shown;
    }

    /** Clicks patch {@code k} of filter {@code f}, for tests. */
    void pick(int f, int k) {
        picked = new Pick(f, k, shown.filters().get(f).get(k));
        showContext();
    }
}
