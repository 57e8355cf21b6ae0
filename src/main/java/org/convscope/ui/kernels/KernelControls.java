package org.convscope.ui.kernels;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.convscope.ui.common.ColorLegend;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.classroom.ControlGroup;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Normalization;

/**
 * The kernels view's tool bar: layer, mode, colour scale, zoom and the legend. The zoom and the legend's colours are
 * the view's ({@link KernelZoom}, {@code colours}), so the view draws before its tool bar is made.
 */
final class KernelControls extends FlowPane {
    private final KernelsViewModel vm;
    private final I18n i18n;
    private final KernelZoom zoomState;
    private final ObservableValue<ColorMap> colours;
    private final ComboBox<WeightLayer> layerBox = new ComboBox<>();
    private final Map<KernelMode, ToggleButton> modeButtons = new EnumMap<>(KernelMode.class);
    private final Map<Normalization, ToggleButton> scopeButtons = new EnumMap<>(Normalization.class);
    private final Slider zoom = new Slider(1, KernelZoom.DEFAULT_MAX, KernelZoom.DEFAULT);
    private final ColorLegend legend = new ColorLegend();

    KernelControls(KernelsViewModel vm, I18n i18n, KernelZoom zoomState, ObservableValue<ColorMap> colours) {
        this.vm = vm;
        this.i18n = i18n;
        this.zoomState = zoomState;
        this.colours = colours;
        getStyleClass().add("kernels-toolbar");
        getChildren().addAll(layerChooser(), modeChooser(), scopeChooser(), zoomControl(), legend());
    }

    private Node layerChooser() {
        layerBox.setId("layerChooser");
        layerBox.setItems(vm.layers());
        // cells bound to the language: a new converter would not repaint the closed box
        layerBox.setCellFactory(v -> layerCell());
        layerBox.setButtonCell(layerCell());
        layerBox.getSelectionModel().select(vm.layerProperty().get());
        layerBox.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) vm.layerProperty().set(i.intValue());
        });
        vm.layerProperty().addListener((o, a, i) -> layerBox.getSelectionModel().select(i.intValue()));
        // new items clear the selection; put the model's choice back
        vm.layers().addListener((ListChangeListener<WeightLayer>) c -> layerBox.getSelectionModel().select(vm.layerProperty().get()));
        layerBox.setTooltip(tooltip("kernels.layer.tooltip"));
        return group("kernels.layer", layerBox);
    }

    private ListCell<WeightLayer> layerCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(WeightLayer l, boolean empty) {
                super.updateItem(l, empty);
                textProperty().unbind();
                if (empty || l == null) {
                    setText(null);
                } else {
                    textProperty().bind(Bindings.createStringBinding(() -> KernelTexts.layer(l, i18n), i18n.localeProperty()));
                }
            }
        };
    }

    private Node modeChooser() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        String[] keys = {"grid", "perFilter", "patches", "matrix"};
        for (KernelMode m : KernelMode.values()) {
            ToggleButton b = toggle("kernels.mode." + keys[m.ordinal()], group);
            b.setId("mode" + capitalised(keys[m.ordinal()]));
            b.setOnAction(e -> vm.modeProperty().set(m));
            modeButtons.put(m, b);
            buttons.getChildren().add(b);
        }
        pills(buttons.getChildren());
        keepOneSelected(group);
        Runnable sync = () -> {
            modeButtons.get(vm.shownModeProperty().get()).setSelected(true);
            int i = vm.layerProperty().get();
            boolean patches = i >= 0 && i < vm.layers().size() && KernelMode.PATCHES.availableFor(vm.layers().get(i));
            modeButtons.get(KernelMode.PATCHES).setDisable(!patches);
        };
        vm.shownModeProperty().addListener((o, a, b) -> sync.run());
        vm.layerProperty().addListener((o, a, b) -> sync.run());
        vm.layers().addListener((ListChangeListener<WeightLayer>) c -> sync.run());
        sync.run();
        return group("kernels.mode", buttons);
    }

    private Node scopeChooser() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox();
        String[] keys = {"perFilter", "perLayer", "global"};
        for (Normalization n : Normalization.values()) {
            ToggleButton b = toggle("kernels.scope." + keys[n.ordinal()], group);
            b.setId("scope" + capitalised(keys[n.ordinal()]));
            b.setOnAction(e -> vm.scopeProperty().set(n));
            scopeButtons.put(n, b);
            buttons.getChildren().add(b);
        }
        pills(buttons.getChildren());
        keepOneSelected(group);
        scopeButtons.get(vm.scopeProperty().get()).setSelected(true);
        vm.scopeProperty().addListener((o, a, n) -> scopeButtons.get(n).setSelected(true));
        return ControlGroup.mark(group("kernels.scope", buttons), ControlGroup.ADVANCED);
    }

    private Node zoomControl() {
        zoom.setId("zoomSlider");
        zoom.maxProperty().bind(zoomState.max()); // the maximum first: the value then never lies beyond it
        zoom.valueProperty().bindBidirectional(zoomState.value());
        zoom.setMajorTickUnit(1);
        zoom.setMinorTickCount(0);
        zoom.setSnapToTicks(true);
        zoom.setBlockIncrement(1);
        zoom.setPrefWidth(130);
        zoom.setTooltip(tooltip("kernels.zoom.tooltip"));
        Label value = new Label();
        value.getStyleClass().add("kernels-zoom-value");
        value.textProperty().bind(i18n.bindFormat("kernels.zoom.value", zoomState.cellSize()));
        return group("kernels.zoom", zoom, value);
    }

    private ColorLegend legend() {
        legend.setId("kernelsLegend");
        legend.mapProperty().bind(colours);
        legend.rangeProperty().bind(vm.legendRangeProperty());
        legend.titleProperty().bind(Bindings.createStringBinding(
                () -> vm.pictureProperty().get() == null ? ""
                        : KernelTexts.legendTitle(vm.pictureProperty().get(), vm.legendFilterProperty().get(), i18n),
                vm.pictureProperty(), vm.legendFilterProperty(), i18n.localeProperty()));
        return legend;
    }

    private ToggleButton toggle(String key, ToggleGroup group) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(i18n.bind(key));
        b.setTooltip(tooltip(key + ".tooltip"));
        b.setToggleGroup(group);
        b.setFocusTraversable(true);
        return b;
    }

    // a pressed toggle clicked again stays pressed: some mode is always shown
    private static void keepOneSelected(ToggleGroup group) {
        group.selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null && before != null) before.setSelected(true);
        });
    }

    private static void pills(List<Node> buttons) {
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == buttons.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
        }
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        return t;
    }

    private HBox group(String key, Node... controls) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.getStyleClass().add("kernels-control-label");
        HBox box = new HBox(label);
        box.getChildren().addAll(controls);
        box.getStyleClass().add("kernels-control-group");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
