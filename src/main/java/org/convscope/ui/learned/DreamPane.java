package org.convscope.ui.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.convscope.engine.learned.Dream;
import org.convscope.engine.learned.DreamTarget;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Images;
import org.convscope.ui.common.PixelView;

/**
 * Feature visualization: for every class (or every filter of one convolution) the image it likes most, grown
 * from grey by gradient ascent. The gallery shows them all; the one clicked is shown large with its growth step
 * by step (a slider and a play button), the target's value rising along the steps, and the regularisers'
 * strengths as sliders.
 */
final class DreamPane extends BorderPane {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private static final double BIG = 8;

    private final DreamViewModel vm;
    private final I18n i18n;
    private final ToggleButton classes = new ToggleButton(), filters = new ToggleButton();
    private final ComboBox<DreamViewModel.ConvChoice> layer = new ComboBox<>();
    private final Label stepsLabel = new Label(), decayLabel = new Label(), jitterLabel = new Label(), blurLabel = new Label();
    private final Slider steps = new Slider(16, 256, 128), decay = new Slider(0, 0.05, 0.01), jitter = new Slider(0, 4, 1),
            blur = new Slider(0, 1.5, 0.5);
    private final Label status = new Label();
    private final FlowPane gallery = new FlowPane();
    private final List<VBox> thumbs = new ArrayList<>();
    private final PixelView big = new PixelView();
    private final Slider frame = new Slider(0, 1, 1);
    private final Button play = new Button();
    private final Label stepText = new Label();
    private final Label rise = new Label();
    private final Canvas chart = new Canvas(28 * BIG, 56);
    private final Label explanation = new Label();
    private final Timeline player = new Timeline();
    private boolean adjusting;

    DreamPane(DreamViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("dream-pane");
        setTop(new VBox(4, controls(), status));
        gallery.getStyleClass().add("dream-gallery");
        ScrollPane scroll = new ScrollPane(gallery);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("edge-to-edge", "dream-scroll");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox centre = new HBox(14, scroll, detail());
        centre.getStyleClass().add("dream-centre");
        setCenter(centre);
        vm.dreamsProperty().addListener((o, a, b) -> showGallery());
        vm.selectedProperty().addListener((o, a, b) -> {
            player.stop();
            showChosen();
        });
        vm.frameProperty().addListener((o, a, b) -> showFrame());
        vm.busyProperty().addListener((o, a, b) -> showStatus());
        vm.errorProperty().addListener((o, a, b) -> showStatus());
        vm.convs().addListener((javafx.collections.ListChangeListener<DreamViewModel.ConvChoice>) c -> fillLayers());
        vm.layerProperty().addListener((o, a, b) -> selectLayer());
        vm.kindProperty().addListener((o, a, b) -> selectKind());
        i18n.localeProperty().addListener((o, a, b) -> refreshTexts());
        fillLayers();
        selectKind();
        refreshTexts();
        showGallery();
    }

    private FlowPane controls() {
        ToggleGroup group = new ToggleGroup();
        classes.setId("dreamClasses");
        filters.setId("dreamFilters");
        classes.setToggleGroup(group);
        filters.setToggleGroup(group);
        classes.getStyleClass().add("left-pill");
        filters.getStyleClass().add("right-pill");
        classes.setOnAction(e -> vm.kindProperty().set(DreamTarget.Kind.CLASS));
        filters.setOnAction(e -> vm.kindProperty().set(DreamTarget.Kind.FILTER));
        layer.setId("dreamLayer");
        layer.setCellFactory(l -> new ConvCell());
        layer.setButtonCell(new ConvCell());
        layer.valueProperty().addListener((o, a, c) -> {
            if (!adjusting && c != null) vm.layerProperty().set(c.index());
        });
        layer.visibleProperty().bind(vm.kindProperty().isEqualTo(DreamTarget.Kind.FILTER));
        layer.managedProperty().bind(layer.visibleProperty());
        HBox kind = new HBox(8, new HBox(classes, filters), layer);
        kind.setAlignment(Pos.CENTER_LEFT);
        steps.setId("dreamSteps");
        decay.setId("dreamDecay");
        jitter.setId("dreamJitter");
        blur.setId("dreamBlur");
        steps.setMajorTickUnit(16);
        steps.setSnapToTicks(true);
        jitter.setMajorTickUnit(1);
        jitter.setSnapToTicks(true);
        steps.setValue(vm.stepsProperty().get());
        decay.setValue(vm.decayProperty().get());
        jitter.setValue(vm.jitterProperty().get());
        blur.setValue(vm.blurProperty().get());
        // a new value when the thumb is let go: each one regrows every image
        steps.valueChangingProperty().addListener((o, a, moving) -> { if (!moving) vm.stepsProperty().set((int) Math.round(steps.getValue())); });
        decay.valueChangingProperty().addListener((o, a, moving) -> { if (!moving) vm.decayProperty().set(decay.getValue()); });
        jitter.valueChangingProperty().addListener((o, a, moving) -> { if (!moving) vm.jitterProperty().set((int) Math.round(jitter.getValue())); });
        blur.valueChangingProperty().addListener((o, a, moving) -> { if (!moving) vm.blurProperty().set(blur.getValue()); });
        steps.valueProperty().addListener((o, a, v) -> { if (!steps.isValueChanging()) vm.stepsProperty().set((int) Math.round(v.doubleValue())); showValues(); });
        decay.valueProperty().addListener((o, a, v) -> { if (!decay.isValueChanging()) vm.decayProperty().set(v.doubleValue()); showValues(); });
        jitter.valueProperty().addListener((o, a, v) -> { if (!jitter.isValueChanging()) vm.jitterProperty().set((int) Math.round(v.doubleValue())); showValues(); });
        blur.valueProperty().addListener((o, a, v) -> { if (!blur.isValueChanging()) vm.blurProperty().set(v.doubleValue()); showValues(); });
        List<Region> boxes = new ArrayList<>();
        boxes.add(kind);
        for (Object[] s : new Object[][] {{stepsLabel, steps}, {decayLabel, decay}, {jitterLabel, jitter}, {blurLabel, blur}}) {
            Label l = (Label) s[0];
            Slider sl = (Slider) s[1];
            l.setMinWidth(Region.USE_PREF_SIZE);
            sl.setPrefWidth(90);
            HBox box = new HBox(6, l, sl);
            box.setAlignment(Pos.CENTER_LEFT);
            boxes.add(box);
        }
        FlowPane bar = new FlowPane(16, 6);
        bar.getChildren().setAll(boxes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("learned-toolbar");
        status.setId("dreamStatus");
        status.getStyleClass().add("learned-status");
        status.setWrapText(true);
        return bar;
    }

    private VBox detail() {
        big.setId("dreamBig");
        big.cellSizeProperty().set(BIG);
        big.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        frame.setId("dreamFrame");
        frame.valueProperty().addListener((o, a, v) -> {
            if (!adjusting) vm.frameProperty().set((int) Math.round(v.doubleValue()));
        });
        HBox.setHgrow(frame, Priority.ALWAYS);
        play.setId("dreamPlay");
        play.setGraphic(Icons.of(Icons.PLAY));
        play.setOnAction(e -> playGrowth());
        HBox steps = new HBox(6, play, frame);
        steps.setAlignment(Pos.CENTER_LEFT);
        stepText.setId("dreamStep");
        rise.setId("dreamRise");
        rise.setWrapText(true);
        rise.setMinHeight(Region.USE_PREF_SIZE);
        rise.getStyleClass().add("dream-rise");
        stepText.setMinHeight(Region.USE_PREF_SIZE);
        explanation.setWrapText(true);
        explanation.getStyleClass().add("learned-readout");
        VBox box = new VBox(6, big, steps, stepText, rise, chart, explanation);
        box.getStyleClass().add("dream-detail");
        box.setMinWidth(28 * BIG + 24);
        box.setPrefWidth(28 * BIG + 24);
        box.setMaxWidth(28 * BIG + 24);
        ScrollPane scroll = new ScrollPane(box); // on a short screen the explanation scrolls, the picture stays whole
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", "dream-detail-scroll");
        scroll.setMinWidth(28 * BIG + 30);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(scroll);
    }

    // the growth from grey to the finished image, about two seconds
    private void playGrowth() {
        Dream d = vm.selectedDream();
        if (d == null) return;
        player.stop();
        player.getKeyFrames().clear();
        int frames = d.frames().size();
        for (int f = 0; f < frames; f++) {
            int shown = f;
            player.getKeyFrames().add(new KeyFrame(Duration.millis(60.0 * f), e -> vm.frameProperty().set(shown)));
        }
        player.playFromStart();
    }

    private void showGallery() {
        DreamViewModel.Dreams ds = vm.dreamsProperty().get();
        gallery.getChildren().clear();
        thumbs.clear();
        if (ds != null) {
            for (int i = 0; i < ds.dreams().size(); i++) {
                Dream d = ds.dreams().get(i);
                PixelView v = new PixelView();
                v.cellSizeProperty().set(ds.dreams().size() <= 16 ? 4 : 2); // ten classes large, 64 filters small
                v.setImage(Images.gray(d.image(), d.shape().width(), d.shape().height()));
                Label name = new Label(targetName(d.target(), false));
                VBox thumb = new VBox(2, v, name);
                thumb.getStyleClass().add("dream-thumb");
                thumb.setAlignment(Pos.TOP_CENTER);
                thumb.setId("dream-" + i);
                int index = i;
                thumb.setOnMouseClicked(e -> vm.selectedProperty().set(index));
                thumbs.add(thumb);
            }
            gallery.getChildren().setAll(thumbs);
        }
        showStatus();
        showChosen();
    }

    private void showChosen() {
        for (int i = 0; i < thumbs.size(); i++) thumbs.get(i).pseudoClassStateChanged(CHOSEN, i == vm.selectedProperty().get());
        Dream d = vm.selectedDream();
        adjusting = true;
        try {
            frame.setMax(d == null ? 1 : d.frames().size() - 1);
            frame.setValue(vm.shownFrame() < 0 ? 0 : vm.shownFrame());
        } finally {
            adjusting = false;
        }
        showFrame();
        drawChart(d);
        rise.setText(d == null ? "" : i18n.get("learned.dream.rise", targetName(d.target(), true),
                format(d.start()), format(d.end())));
    }

    private void showFrame() {
        Dream d = vm.selectedDream();
        if (d == null) {
            big.setImage(null);
            stepText.setText("");
            return;
        }
        int f = vm.shownFrame();
        big.setImage(Images.gray(d.frames().get(f), d.shape().width(), d.shape().height()));
        adjusting = true;
        try {
            frame.setValue(f);
        } finally {
            adjusting = false;
        }
        int step = d.frameSteps()[f], total = d.frameSteps()[d.frameSteps().length - 1];
        stepText.setText(i18n.get("learned.dream.step", Integer.toString(step), Integer.toString(total), format(d.frameScores()[f])));
        drawChart(d);
    }

    // the target's value along the steps, with the step shown marked
    private void drawChart(Dream d) {
        GraphicsContext g = chart.getGraphicsContext2D();
        double w = chart.getWidth(), h = chart.getHeight();
        g.clearRect(0, 0, w, h);
        if (d == null || d.objective().length < 2) return;
        float[] y = d.objective();
        double lo = Math.min(0, d.start()), hi = lo;
        for (float v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double span = Math.max(hi - lo, 1e-6);
        g.setStroke(Color.gray(0.6));
        g.setLineWidth(1);
        double zero = h - 4 - (0 - lo) / span * (h - 8);
        g.strokeLine(0, zero, w, zero);
        g.setStroke(Color.web("#0072B2"));
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < y.length; i++) {
            double px = i * (w - 1) / (y.length - 1), py = h - 4 - (y[i] - lo) / span * (h - 8);
            if (i == 0) g.moveTo(px, py);
            else g.lineTo(px, py);
        }
        g.stroke();
        int step = d.frameSteps()[vm.shownFrame()];
        double mx = Math.max(0, step - 1) * (w - 1) / (y.length - 1);
        g.setStroke(Color.web("#D55E00"));
        g.strokeLine(mx, 0, mx, h);
    }

    private String targetName(DreamTarget t, boolean long_) {
        if (t.kind() == DreamTarget.Kind.CLASS) {
            String name = vm.datasetProperty().get() == null ? Integer.toString(t.index())
                    : vm.datasetProperty().get().className(t.index(), i18n.locale());
            return long_ ? i18n.get("learned.dream.target.class", name) : name;
        }
        return long_ ? i18n.get("learned.dream.target.filter", Integer.toString(t.index()), layerName(t.layer())) : Integer.toString(t.index());
    }

    private String layerName(int index) {
        return vm.convs().stream().filter(c -> c.index() == index).map(DreamViewModel.ConvChoice::name).findFirst().orElse("?");
    }

    private static String format(float v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private void showStatus() {
        String err = vm.errorProperty().get();
        DreamViewModel.Dreams ds = vm.dreamsProperty().get();
        if (err != null) status.setText(i18n.get("learned.dream.failed", err));
        else if (ds == null) status.setText(i18n.get("learned.dream.working"));
        else status.setText(i18n.get(ds.kind() == DreamTarget.Kind.CLASS ? "learned.dream.what.classes" : "learned.dream.what.filters",
                Integer.toString(ds.options().steps()), layerName(ds.layer()))
                + (vm.busyProperty().get() ? " " + i18n.get("learned.dream.updating") : ""));
    }

    private void showValues() {
        stepsLabel.setText(i18n.get("learned.dream.steps", Integer.toString((int) Math.round(steps.getValue()))));
        decayLabel.setText(i18n.get("learned.dream.decay", String.format(Locale.ROOT, "%.3f", decay.getValue())));
        jitterLabel.setText(i18n.get("learned.dream.jitter", Integer.toString((int) Math.round(jitter.getValue()))));
        blurLabel.setText(i18n.get("learned.dream.blur", String.format(Locale.ROOT, "%.2f", blur.getValue())));
    }

    private void fillLayers() {
        adjusting = true;
        try {
            layer.getItems().setAll(vm.convs());
        } finally {
            adjusting = false;
        }
        selectLayer();
    }

    private void selectLayer() {
        Integer asked = vm.layerProperty().get();
        adjusting = true;
        try {
            layer.setValue(asked == null ? null : layer.getItems().stream().filter(c -> c.index() == asked).findFirst().orElse(null));
        } finally {
            adjusting = false;
        }
    }

    private void selectKind() {
        classes.setSelected(vm.kindProperty().get() == DreamTarget.Kind.CLASS);
        filters.setSelected(vm.kindProperty().get() == DreamTarget.Kind.FILTER);
    }

    private void refreshTexts() {
        classes.setText(i18n.get("learned.dream.classes"));
        filters.setText(i18n.get("learned.dream.filters"));
        play.setText(i18n.get("learned.dream.play"));
        explanation.setText(i18n.get("learned.dream.explanation"));
        layer.setButtonCell(new ConvCell());
        showValues();
        showStatus();
        showGallery();
    }

    private final class ConvCell extends ListCell<DreamViewModel.ConvChoice> {
        @Override
        protected void updateItem(DreamViewModel.ConvChoice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : i18n.get("learned.dream.layerItem", c.name(), Integer.toString(c.filters())));
        }
    }

    String riseText() {
        return rise.getText();
    }
}
