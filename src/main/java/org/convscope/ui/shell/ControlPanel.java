package org.convscope.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.ParamFormula;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.SessionState;
import org.convscope.ui.classroom.ControlGroup;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.Images;
import org.convscope.ui.editor.ModelChoices;
import org.convscope.ui.training.Sample;
import org.convscope.ui.training.TrainingViewModel;

/** The left panel: dataset with sample images, model, training settings and the run buttons. */
public final class ControlPanel extends VBox {
    private final HBox runButtons;
    private final TrainingViewModel vm;
    private final I18n i18n;
    private final GridPane sampleGrid = new GridPane();

    /** {@code choices}: the architectures the model chooser offers (presets and the student's own network). */
    public ControlPanel(TrainingViewModel vm, ModelChoices choices, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("control-panel");
        setSpacing(8);
        BooleanBinding locked = vm.settingsEditable().not();

        ChoiceBox<DatasetKind> dataset = new ChoiceBox<>(FXCollections.observableArrayList(DatasetKind.values()));
        dataset.setId("datasetChoice");
        dataset.setConverter(converter(k -> i18n.get(k == DatasetKind.MNIST ? "dataset.mnist" : "dataset.fashion")));
        dataset.valueProperty().bindBidirectional(vm.datasetProperty());
        dataset.disableProperty().bind(locked);
        dataset.setMaxWidth(Double.MAX_VALUE);
        refreshOnLanguage(dataset);
        tooltip(dataset, "dataset.tooltip");
        sampleGrid.getStyleClass().add("sample-grid");
        sampleGrid.setHgap(4);
        sampleGrid.setVgap(2);
        vm.samples().addListener((ListChangeListener<Sample>) c -> fillSamples());
        i18n.localeProperty().addListener((o, a, b) -> fillSamples());
        getChildren().add(section(ControlGroup.DATASET, title("panel.data"), dataset, sampleGrid));

        ComboBox<ModelSpec> model = modelChooser(choices);
        model.disableProperty().bind(locked);
        tooltip(model, "model.tooltip");
        Label params = new Label();
        params.getStyleClass().add("muted");
        params.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("model.params",
                ParamFormula.group(vm.specProperty().get().totalParams()), vm.specProperty().get().toCompact()),
                vm.specProperty(), i18n.localeProperty()));
        params.setWrapText(true);
        // where the weights come from: a class that opens the app sees a trained network, and must
        // know that Start trains it further while Reset starts again from random weights
        Label origin = new Label();
        origin.setId("weightsOrigin");
        origin.getStyleClass().add("weights-origin");
        origin.setWrapText(true);
        origin.textProperty().bind(Bindings.createStringBinding(() -> {
            org.convscope.engine.io.SavedModel from = vm.startedFromProperty().get();
            if (from == null) return i18n.get("model.origin.seed", String.valueOf(vm.seedProperty().get()));
            double acc = from.training().testAccuracy();
            return Double.isNaN(acc) ? i18n.get("model.origin.pretrained")
                    : i18n.get("model.origin.pretrainedAccuracy", org.convscope.ui.common.Formats.percent(acc));
        }, vm.startedFromProperty(), vm.seedProperty(), i18n.localeProperty()));
        getChildren().add(section(ControlGroup.MODEL, title("panel.model"), model, params, origin));

        Spinner<Integer> epochs = new Spinner<>(1, 100, vm.epochsProperty().get());
        epochs.setId("epochsSpinner");
        epochs.setEditable(true);
        epochs.getValueFactory().valueProperty().addListener((o, a, b) -> vm.epochsProperty().set(b));
        follow(vm.epochsProperty(), epochs);
        epochs.disableProperty().bind(locked);
        tooltip(epochs, "train.epochs.tooltip");

        ChoiceBox<Integer> batch = new ChoiceBox<>(FXCollections.observableArrayList(TrainingViewModel.BATCH_SIZES));
        batch.setId("batchChoice");
        batch.setValue(vm.batchSizeProperty().get());
        batch.valueProperty().addListener((o, a, b) -> {
            if (b != null) vm.batchSizeProperty().set(b);
        });
        vm.batchSizeProperty().addListener((o, a, b) -> batch.setValue(b.intValue())); // a loaded model brings its own
        batch.disableProperty().bind(locked);
        tooltip(batch, "train.batch.tooltip");

        ChoiceBox<OptimizerConfig.Kind> optimizer = new ChoiceBox<>(FXCollections.observableArrayList(OptimizerConfig.Kind.values()));
        optimizer.setId("optimizerChoice");
        optimizer.setConverter(converter(k -> k == OptimizerConfig.Kind.ADAM ? "Adam" : i18n.get("train.sgd")));
        optimizer.valueProperty().bindBidirectional(vm.optimizerProperty());
        optimizer.disableProperty().bind(locked);
        refreshOnLanguage(optimizer);
        tooltip(optimizer, "train.optimizer.tooltip");

        Spinner<Double> rate = new Spinner<>();
        rate.setId("learningRateSpinner");
        LearningRateFactory rates = new LearningRateFactory(vm.learningRateProperty().get());
        rate.setValueFactory(rates);
        rate.setEditable(true);
        rates.valueProperty().addListener((o, a, b) -> {
            if (b != null && b > 0) vm.learningRateProperty().set(b);
        });
        vm.learningRateProperty().addListener((o, a, b) -> rates.setValue(b.doubleValue()));
        tooltip(rate, "train.lr.tooltip");

        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, (int) vm.seedProperty().get());
        seed.setId("seedSpinner");
        seed.setEditable(true);
        seed.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != vm.seedProperty().get()) vm.seedProperty().set(b);
        });
        vm.seedProperty().addListener((o, a, b) -> {
            // a seed beyond the spinner (from the command line) is shown clamped but kept
            if (b.longValue() >= 0 && b.longValue() <= Integer.MAX_VALUE) seed.getValueFactory().setValue(b.intValue());
        });
        seed.disableProperty().bind(locked);
        tooltip(seed, "train.seed.tooltip");

        GridPane settings = new GridPane();
        settings.getStyleClass().add("settings-grid");
        settings.setHgap(8);
        settings.setVgap(6);
        settings.addRow(0, label("train.epochs"), epochs);
        settings.addRow(1, label("train.lr"), rate);
        // the advanced rows last: hidden, they leave no gap
        settings.addRow(2, advanced(label("train.batch")), advanced(batch));
        settings.addRow(3, advanced(label("train.optimizer")), advanced(optimizer));
        settings.addRow(4, advanced(label("train.seed")), advanced(seed));
        for (Node n : new Node[] {epochs, batch, optimizer, rate, seed}) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            ((javafx.scene.control.Control) n).setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().add(section(ControlGroup.TRAINING, title("panel.training"), settings));
        runButtons = ControlGroup.mark(buttons(), ControlGroup.RUN);
    }

    // A loaded model or a session changes the settings from outside: the spinner shows them.
    private static void follow(javafx.beans.property.IntegerProperty value, Spinner<Integer> spinner) {
        value.addListener((o, a, b) -> spinner.getValueFactory().setValue(b.intValue()));
    }

    // Not bound both ways: the list changes as the student edits, and a chooser whose chosen entry
    // is replaced would clear itself and the architecture with it. A loaded architecture that is
    // not in the list still shows by name.
    private ComboBox<ModelSpec> modelChooser(ModelChoices choices) {
        ComboBox<ModelSpec> box = new ComboBox<>(choices.items());
        box.setId("modelChoice");
        box.setMaxWidth(Double.MAX_VALUE);
        javafx.util.Callback<javafx.scene.control.ListView<ModelSpec>, javafx.scene.control.ListCell<ModelSpec>> cells =
                l -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(ModelSpec s, boolean empty) {
                        super.updateItem(s, empty);
                        setText(empty || s == null ? "" : choices.name(s, i18n));
                    }
                };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        boolean[] syncing = {false};
        Runnable show = () -> {
            syncing[0] = true;
            box.setValue(null); // re-renders the name in a new language too
            box.setValue(vm.specProperty().get());
            syncing[0] = false;
        };
        box.valueProperty().addListener((o, a, b) -> {
            if (!syncing[0] && b != null && !b.equals(vm.specProperty().get())) vm.specProperty().set(b);
        });
        vm.specProperty().addListener((o, a, b) -> show.run());
        choices.items().addListener((javafx.collections.ListChangeListener<ModelSpec>) c -> show.run());
        i18n.localeProperty().addListener((o, a, b) -> {
            box.setCellFactory(null); // list cells keep their text: new ones in the new language
            box.setCellFactory(cells);
            show.run();
        });
        show.run();
        return box;
    }

    private static boolean isField(javafx.scene.Node n) {
        return n instanceof javafx.scene.control.TextInputControl || n instanceof javafx.scene.control.Spinner<?>
                || n instanceof javafx.scene.control.ComboBox<?> c && c.isEditable();
    }

    /** Gives the focus to Start (the window opens with it there, not in a field; see buttons()). */
    public void focusStart() {
        runButtons.lookup("#startButton").requestFocus();
    }

    /** Start/Pause, Step, Reset, Stop: kept in sight below the scrolling panel (see MainWindow). */
    public HBox runButtons() {
        return runButtons;
    }

    private HBox buttons() {
        Button start = new Button();
        start.setId("startButton");
        start.getStyleClass().add("accent");
        javafx.scene.Node play = Icons.of(Icons.PLAY), pause = Icons.of(Icons.PAUSE); // made once, swapped
        start.graphicProperty().bind(Bindings.createObjectBinding(
                () -> vm.stateProperty().get() == SessionState.RUNNING ? pause : play, vm.stateProperty()));
        start.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(switch (vm.stateProperty().get()) {
            case RUNNING -> "action.pause";
            case PAUSED -> "action.resume";
            case FINISHED -> "action.trainMore";
            default -> vm.startedFromProperty().get() != null ? "action.trainMore" : "action.start";
        }), vm.stateProperty(), vm.startedFromProperty(), i18n.localeProperty()));
        start.setOnAction(e -> vm.startOrPause());
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.stateProperty().get() == SessionState.FAILED, vm.stateProperty()));
        tooltip(start, "action.start.tooltip");
        // A field with the focus blinks its caret, an endless animation, and while any animation runs JavaFX
        // pulses 60 times a second, each pulse walking the whole window: training, once it runs, takes the
        // focus off a field (a spinner commits its value as it loses it), as the window opens with it on Start.
        vm.stateProperty().addListener((o, was, now) -> {
            if (now == SessionState.RUNNING && start.getScene() != null && isField(start.getScene().getFocusOwner())) start.requestFocus();
        });

        Button step = iconButton("stepButton", Icons.STEP, "action.step.tooltip");
        step.setOnAction(e -> vm.step());
        step.disableProperty().bind(vm.canStep().not());
        Button reset = iconButton("resetButton", Icons.RESET, "action.reset.tooltip");
        reset.setOnAction(e -> vm.reset());
        Button stop = iconButton("stopButton", Icons.STOP, "action.stop.tooltip");
        stop.setOnAction(e -> vm.stop());
        stop.disableProperty().bind(vm.canStop().not());

        HBox row = new HBox(6, start, step, reset, stop);
        row.getStyleClass().add("run-buttons");
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(start, Priority.ALWAYS);
        start.setMaxWidth(Double.MAX_VALUE);
        return row;
    }

    private Button iconButton(String id, String icon, String tooltipKey) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.getStyleClass().add("button-icon");
        tooltip(b, tooltipKey);
        return b;
    }

    private void fillSamples() {
        sampleGrid.getChildren().clear();
        int i = 0;
        for (Sample s : vm.samples()) {
            ImageView img = new ImageView(Images.gray(s.pixels(), s.width(), s.height()));
            img.setSmooth(false);
            img.setFitWidth(44);
            img.setFitHeight(44);
            Label name = new Label(vm.className(s.label(), i18n.locale()));
            name.getStyleClass().add("sample-label");
            name.setMaxWidth(48);
            VBox cell = new VBox(1, img, name);
            cell.setAlignment(Pos.CENTER);
            sampleGrid.add(cell, i % 5, i / 5);
            i++;
        }
    }

    // one group a lesson may hide
    private static VBox section(ControlGroup group, Node... nodes) {
        VBox box = new VBox(8, nodes);
        return ControlGroup.mark(box, group);
    }

    private static <N extends Node> N advanced(N node) {
        return ControlGroup.mark(node, ControlGroup.ADVANCED);
    }

    private Label title(String key) {
        Label l = new Label();
        l.getStyleClass().add("section-title");
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void tooltip(javafx.scene.control.Control c, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(i18n.bind(key));
        t.setWrapText(true);
        t.setMaxWidth(320);
        c.setTooltip(t);
    }

    // ChoiceBoxes render their converter's text once; a new language needs a fresh render.
    private <T> void refreshOnLanguage(ChoiceBox<T> box) {
        i18n.localeProperty().addListener((o, a, b) -> {
            StringConverter<T> c = box.getConverter();
            box.setConverter(null);
            box.setConverter(c);
        });
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

}
