package org.convscope.ui.featuremaps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.data.DatasetKind;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.LayerTap;
import org.convscope.ui.common.ColourHelpPanel;
import org.convscope.ui.common.FxLater;
import org.convscope.ui.classroom.ControlGroup;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.TaskRunner;

/**
 * What the network makes of one image, layer by layer: every output of every layer, map by map,
 * grouped by architecture layer, with a colour legend per output; hover a value to read it, click
 * a map to enlarge it (Esc or a click elsewhere closes it), choose which values share a colour
 * scale. Follows the inspection live, repainting a few times a second.
 *
 * <p>For the {@code render} command: {@link #forSnapshot} builds a non-interactive view of a plain
 * {@link Inspection} that lays out in full (no scrolling, no animation), and {@link #snapshot}
 * turns it into an image in one call.
 */
public final class FeatureMapsView extends BorderPane {
    private static final String STYLESHEET = "/org/convscope/ui/featuremaps/featuremaps.css";
    private final FeatureMapsViewModel vm;
    private final boolean interactive;
    private final VBox content = new VBox();
    private final Label placeholder = new Label();
    private final Label readout = new Label();
    private final MapDetail detail;
    private final ColourHelpPanel help;
    private final VBox side = new VBox(12);
    private final ToggleButton helpToggle = new ToggleButton();
    private final List<LayerSection> sections = new ArrayList<>();
    private static final long SECTION_GAP_MILLIS = 50;
    private int sectionsGeneration; // a new structure stops the sections of the last one still going in
    private final List<ToggleButton> scopeButtons = new ArrayList<>();
    private final Label scaleLabel = new Label();
    private final Label sizeLabel = new Label();
    private List<String> structure = List.of();
    private Hover hover;
    private ScrollPane mapsScroll; // the interactive view's; the still view paints every map
    // after each layout pass: a canvas scrolled (or laid out) into sight paints the tap that came while it was out
    private final Runnable reveal = () -> eachCanvas(TapCanvas::reveal);

    private record Hover(int tapIndex, int channel, int row, int column) {
    }

    /**
     * The live view of {@code inspection} (every layer shown), repainted at most every
     * {@link FeatureMapsViewModel#LIVE_INTERVAL_MILLIS}; {@code dataset} names the classes.
     */
    public FeatureMapsView(ObservableValue<Inspection> inspection, ObservableValue<DatasetKind> dataset, I18n i18n, TaskRunner tasks) {
        this(inspection, dataset, i18n, tasks, t -> true);
    }

    /** As above, painting only the runtime layers {@code shown} accepts (the input image is always shown). */
    public FeatureMapsView(ObservableValue<Inspection> inspection, ObservableValue<DatasetKind> dataset, I18n i18n, TaskRunner tasks,
                           Predicate<LayerTap> shown) {
        this(new FeatureMapsViewModel(inspection, dataset, i18n, tasks, shown, FeatureMapsViewModel.LIVE_INTERVAL_MILLIS), true);
    }

    /** The live view of a view-model (the tab shares it with the probe picker). */
    public FeatureMapsView(FeatureMapsViewModel vm) {
        this(vm, true);
    }

    private FeatureMapsView(FeatureMapsViewModel vm, boolean interactive) {
        this.vm = vm;
        this.interactive = interactive;
        getStyleClass().add("feature-maps");
        setId("featureMapsView");
        getStylesheets().add(FeatureMapsView.class.getResource(STYLESHEET).toExternalForm());
        detail = new MapDetail(vm);
        help = new ColourHelpPanel(vm.i18n());
        content.getStyleClass().add("maps-content");
        content.setFillWidth(true);
        placeholder.getStyleClass().add("maps-placeholder");
        placeholder.setWrapText(true);
        placeholder.setId("mapsPlaceholder");
        if (interactive) buildInteractive();
        else setCenter(content);

        vm.frameProperty().addListener((o, a, f) -> showFrame(f));
        vm.selectedProperty().addListener((o, a, s) -> showSelection());
        vm.mapSizeProperty().addListener((o, a, b) -> showFrame(vm.frameProperty().get()));
        vm.trueLabelProperty().addListener((o, a, b) -> showFrame(vm.frameProperty().get()));
        vm.i18n().localeProperty().addListener((o, a, b) -> refreshTexts());
        showFrame(vm.frameProperty().get());
        refreshTexts();
    }

    /**
     * A still view of one inspection for rendering to an image: every layer at once (no scroll pane,
     * no toolbar or side panel), painted before this returns. Place it in a {@code Scene} and give it
     * a width; its height follows ({@link #snapshot} does all of that).
     *
     * @param dataset names the classes on the probability bars; null shows class numbers
     * @param shown   which runtime layers to paint; {@code t -> true} for all
     */
    public static FeatureMapsView forSnapshot(Inspection inspection, DatasetKind dataset, I18n i18n, Predicate<LayerTap> shown) {
        FeatureMapsViewModel vm = new FeatureMapsViewModel(new SimpleObjectProperty<>(inspection), new SimpleObjectProperty<>(dataset),
                i18n, TaskRunner.immediate(), shown, 0);
        return new FeatureMapsView(vm, false);
    }

    /**
     * Renders {@link #forSnapshot} at {@code width} pixels wide and as tall as it needs, with the
     * current user-agent stylesheet (the caller picks the theme). Call on the FX thread.
     */
    public static WritableImage snapshot(Inspection inspection, DatasetKind dataset, I18n i18n, Predicate<LayerTap> shown, double width) {
        FeatureMapsView view = forSnapshot(inspection, dataset, i18n, shown);
        view.setPrefWidth(width);
        Scene scene = new Scene(new Group(view));
        view.applyCss();
        view.resize(width, view.prefHeight(width));
        view.layout();
        return scene.getRoot().snapshot(null, null);
    }

    /** The view-model, for the tab and for tests. */
    public FeatureMapsViewModel viewModel() {
        return vm;
    }

    @Override
    public Orientation getContentBias() {
        // a still view is as tall as its maps need at the width it is given
        return interactive ? super.getContentBias() : Orientation.HORIZONTAL;
    }

    private void buildInteractive() {
        ToggleGroup scopes = new ToggleGroup();
        HBox pills = new HBox();
        pills.getStyleClass().add("scope-pills");
        Normalization[] values = Normalization.values();
        for (int i = 0; i < values.length; i++) {
            Normalization n = values[i];
            ToggleButton b = new ToggleButton();
            b.setId("scope" + n.name());
            b.setToggleGroup(scopes);
            b.setUserData(n);
            b.getStyleClass().add(i == 0 ? "left-pill" : i == values.length - 1 ? "right-pill" : "center-pill");
            b.setSelected(vm.normalizationProperty().get() == n);
            b.setOnAction(e -> {
                if (!b.isSelected()) b.setSelected(true); // one scope is always chosen
                vm.normalizationProperty().set(n);
            });
            scopeButtons.add(b);
            pills.getChildren().add(b);
        }
        Slider size = new Slider(24, 128, vm.mapSizeProperty().get());
        size.setId("mapSize");
        size.setPrefWidth(110);
        size.valueProperty().bindBidirectional(vm.mapSizeProperty());
        helpToggle.setId("colourHelpToggle");
        helpToggle.setGraphic(Icons.of(Icons.COLOURS));
        helpToggle.selectedProperty().addListener((o, a, b) -> showSide());
        // wraps rather than clipping words when the tab is narrow (1280×720 leaves it about 760 px)
        HBox sizeBox = new HBox(6, sizeLabel, size);
        sizeBox.setAlignment(Pos.CENTER_LEFT);
        HBox scaleBox = ControlGroup.mark(new HBox(6, scaleLabel, pills), ControlGroup.ADVANCED);
        scaleBox.setAlignment(Pos.CENTER_LEFT);
        for (Region r : List.<Region>of(scaleLabel, sizeLabel, helpToggle, pills, scaleBox, sizeBox)) r.setMinWidth(Region.USE_PREF_SIZE);
        scopeButtons.forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        FlowPane toolbar = new FlowPane(14, 4, scaleBox, sizeBox);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("maps-toolbar");
        readout.setId("hoverReadout");
        readout.getStyleClass().add("hover-readout");
        readout.setMaxWidth(Double.MAX_VALUE);
        readout.setMinWidth(0);
        HBox.setHgrow(readout, Priority.ALWAYS);
        HBox readoutRow = new HBox(8, readout, helpToggle);
        readoutRow.setAlignment(Pos.CENTER_LEFT);
        readoutRow.getStyleClass().add("readout-row");
        setTop(new VBox(toolbar, readoutRow));

        ScrollPane scroll = new ScrollPane(content);
        mapsScroll = scroll;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) was.removePostLayoutPulseListener(reveal);
            if (now != null) now.addPostLayoutPulseListener(reveal);
        });
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("mapsScroll");
        StackPane centre = new StackPane(scroll, placeholder);
        StackPane.setAlignment(placeholder, Pos.TOP_LEFT);
        setCenter(centre);
        // a click that no map took is a click outside: it closes the enlargement
        content.setOnMouseClicked(e -> vm.close());

        side.getStyleClass().add("maps-side");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().addAll("edge-to-edge", "maps-side-scroll");
        sideScroll.setId("mapsSide");
        setRight(sideScroll);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.selectedProperty().get() != null) {
                vm.close();
                e.consume();
            }
        });
        vm.activeProperty().bind(TreeShowing.of(this));
        vm.activeProperty().addListener((o, was, seen) -> {
            if (seen) attachRest();
        });
        showSide();
    }

    private void showSide() {
        if (!interactive) return;
        side.getChildren().clear();
        // the help was asked for explicitly, so it comes first; the toggle hides it again
        if (helpToggle.isSelected()) side.getChildren().add(help);
        if (vm.selectedProperty().get() != null) side.getChildren().add(detail);
        boolean any = !side.getChildren().isEmpty();
        getRight().setVisible(any);
        getRight().setManaged(any);
    }

    private final MapEvents events = new MapEvents() {
        @Override
        public void hover(TapImage tap, int channel, int row, int column) {
            hover = new Hover(tap.tapIndex(), channel, row, column);
            readout.setText(vm.describe(tap, channel, row, column));
        }

        @Override
        public void exit() {
            hover = null;
            readout.setText(vm.i18n().get("featuremaps.hint"));
        }

        @Override
        public void click(TapImage tap, int channel) {
            vm.select(new MapRef(tap.tapIndex(), channel));
            requestFocus(); // so that Esc reaches this view
        }
    };

    private void showFrame(MapsFrame f) {
        boolean empty = f == null;
        placeholder.setVisible(empty);
        placeholder.setManaged(empty || !interactive);
        if (empty) {
            sections.clear();
            sectionsGeneration++;
            content.getChildren().setAll(interactive ? List.of() : List.of(placeholder));
            structure = List.of();
            return;
        }
        if (!f.structure().equals(structure)) {
            structure = f.structure();
            sections.clear();
            for (LayerGroup g : f.groups()) sections.add(new LayerSection(vm, g, events));
            if (interactive) eachCanvas(c -> c.paintOnlyWhere(this::inView));
            attachSections();
        } else {
            for (int i = 0; i < sections.size(); i++) sections.get(i).show(f.groups().get(i));
        }
        showSelection();
        if (hover != null) {
            TapImage t = f.tap(hover.tapIndex());
            if (t != null) readout.setText(vm.describe(t, hover.channel(), hover.row(), hover.column()));
        }
    }

    private void eachCanvas(java.util.function.Consumer<TapCanvas> action) {
        for (LayerSection section : sections) {
            for (TapRow row : section.rows()) {
                if (row.visual() instanceof TapCanvas c) action.accept(c);
            }
        }
    }

    // whether n lies inside the maps' scroll pane's viewport; one in no scene or not laid out yet counts as seen
    private boolean inView(Node n) {
        if (n.getScene() == null || mapsScroll.getScene() == null) return true;
        Bounds at = n.localToScene(n.getLayoutBounds());
        return at.getHeight() <= 0 || at.intersects(mapsScroll.localToScene(mapsScroll.getLayoutBounds()));
    }

    // a new structure's sections go into the scene one a step while no one sees the view (made in idle time, in a
    // hidden tab): styled for the first time all at once, they held the window's thread for 150-240 ms; seen, they
    // go in at once (attachRest)
    private void attachSections() {
        int generation = ++sectionsGeneration;
        boolean unseen = interactive && !sections.isEmpty() && !vm.activeProperty().get();
        content.getChildren().setAll(unseen ? sections.subList(0, 1) : sections);
        if (unseen) attachNextSection(generation);
    }

    private void attachNextSection(int generation) {
        FxLater.after(SECTION_GAP_MILLIS, () -> {
            int in = content.getChildren().size();
            if (generation != sectionsGeneration || in >= sections.size()) return;
            content.getChildren().add(sections.get(in));
            attachNextSection(generation);
        });
    }

    // now seen: attachSections puts them all in (and stops the steps), unless all are in already
    private void attachRest() {
        if (content.getChildren().size() < sections.size()) attachSections();
    }

    private void showSelection() {
        MapRef s = vm.selectedProperty().get();
        MapsFrame f = vm.frameProperty().get();
        for (LayerSection section : sections) {
            for (TapRow row : section.rows()) {
                row.setSelectedMap(s != null && s.tapIndex() == row.tap().tapIndex() ? s.channel() : -1);
            }
        }
        if (s != null && f != null && f.tap(s.tapIndex()) != null) detail.show(f.tap(s.tapIndex()), s.channel());
        showSide();
    }

    private void refreshTexts() {
        I18n i18n = vm.i18n();
        for (ToggleButton b : scopeButtons) b.setText(i18n.get("featuremaps.scope." + ((Normalization) b.getUserData()).name()));
        scaleLabel.setText(i18n.get("featuremaps.scale"));
        sizeLabel.setText(i18n.get("featuremaps.size"));
        helpToggle.setText(i18n.get("featuremaps.colourHelp"));
        placeholder.setText(i18n.get("featuremaps.empty"));
        if (hover == null) readout.setText(i18n.get("featuremaps.hint"));
        sections.forEach(LayerSection::refreshTexts);
        detail.refreshTexts();
        MapsFrame f = vm.frameProperty().get();
        if (hover != null && f != null && f.tap(hover.tapIndex()) != null) {
            readout.setText(vm.describe(f.tap(hover.tapIndex()), hover.channel(), hover.row(), hover.column()));
        }
    }

    // ---- for tests ----------------------------------------------------------------------------

    List<LayerSection> sections() {
        return sections;
    }

    MapDetail detail() {
        return detail;
    }

    String readoutText() {
        return readout.getText();
    }
}
