package org.convscope.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;
import org.convscope.training.KerasCode;
import org.convscope.training.PyTorchCode;
import org.convscope.ui.common.I18n;
import org.convscope.ui.training.TrainingViewModel;

/**
 * The architecture being edited (the draft), checked after every change: each layer's output
 * shape and parameter formula, the total, and the first problem with the layer it is on. A draft
 * with a problem cannot be applied to training. Also the draft as Keras code, and the list of
 * architectures the model chooser offers.
 *
 * <p>Works alone (for a rendering: {@link #setDraft}) or {@link #connect connected} to training,
 * whose architecture it then follows and to which it applies a valid draft.
 */
public final class EditorViewModel {
    private final I18n i18n;
    private final ObservableList<LayerDraft> layers = FXCollections.observableArrayList(
            d -> new Observable[] {d.specProperty()}); // a changed setting is a change of the list
    private final ReadOnlyObjectWrapper<ArchitectureCheck.Verdict> verdict = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty classes = new SimpleIntegerProperty(10);
    private final ObjectProperty<KerasCode.Settings> kerasSettings = new SimpleObjectProperty<>(KerasCode.Settings.course());
    private final BooleanProperty trainingEditable = new SimpleBooleanProperty(true);
    private final ObjectProperty<ModelSpec> trainingSpec = new SimpleObjectProperty<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ModelChoices choices = new ModelChoices();
    private final StringBinding kerasCode;
    private final StringBinding kerasCore;
    private final StringBinding pytorchCode;
    private final BooleanBinding canApply;
    private final ObjectProperty<Shape> draftInput = new SimpleObjectProperty<>(ModelSpec.MNIST_INPUT);
    private Consumer<ModelSpec> onApply = s -> { };

    public EditorViewModel(I18n i18n) {
        this.i18n = i18n;
        layers.addListener((javafx.collections.ListChangeListener<LayerDraft>) c -> recheck());
        classes.addListener((o, a, b) -> recheck());
        draftInput.addListener((o, a, b) -> recheck());
        recheck();
        kerasCode = Bindings.createStringBinding(
                () -> KerasCode.script(verdict.get().spec(), kerasSettings.get(), i18n.locale()),
                verdict, kerasSettings, i18n.localeProperty());
        kerasCore = Bindings.createStringBinding(
                () -> KerasCode.core(verdict.get().spec(), kerasSettings.get(), i18n.locale()),
                verdict, kerasSettings, i18n.localeProperty());
        pytorchCode = Bindings.createStringBinding(() -> pytorch(verdict.get()), verdict, kerasSettings, i18n.localeProperty());
        canApply = Bindings.createBooleanBinding(
                () -> verdict.get().valid() && trainingEditable.get() && !verdict.get().spec().equals(trainingSpec.get())
                        && !otherInput(), verdict, trainingEditable, trainingSpec);
    }

    // PyTorch needs every layer's input size, so an architecture that cannot be built has no program yet
    private String pytorch(ArchitectureCheck.Verdict v) {
        if (!v.valid()) return "# " + i18n.get("editor.pytorch.invalid") + "\n";
        return PyTorchCode.script(v.spec(), kerasSettings.get(), i18n.locale());
    }

    /**
     * Follows {@code training}: its architecture becomes the draft whenever it changes, its dataset
     * sets the class count, its settings go into the Keras code, and {@link #apply()} sets its
     * architecture.
     */
    public void connect(TrainingViewModel training) {
        trainingSpec.bind(training.specProperty());
        trainingEditable.bind(training.settingsEditable());
        classes.bind(Bindings.createIntegerBinding(() -> training.datasetProperty().get().classCount(), training.datasetProperty()));
        kerasSettings.bind(Bindings.createObjectBinding(() -> new KerasCode.Settings(training.datasetProperty().get(),
                        training.optimizerProperty().get() == OptimizerConfig.Kind.ADAM
                                ? OptimizerConfig.adam(training.learningRateProperty().get())
                                : OptimizerConfig.sgd(training.learningRateProperty().get(), TrainingViewModel.SGD_MOMENTUM),
                        training.epochsProperty().get(), training.batchSizeProperty().get()),
                training.datasetProperty(), training.optimizerProperty(), training.learningRateProperty(),
                training.epochsProperty(), training.batchSizeProperty()));
        onApply = training.specProperty()::set;
        setDraft(training.specProperty().get());
        training.specProperty().addListener((o, a, b) -> {
            choices.offer(b);
            if (b != null && !b.equals(draft())) setDraft(b);
        });
    }

    // ---- editing ----

    /** Replaces the whole draft; a layer with a problem comes up with its settings open. */
    public void setDraft(ModelSpec spec) {
        draftInput.set(spec.input());
        List<LayerDraft> drafts = new ArrayList<>();
        for (LayerSpec s : spec.layers()) drafts.add(new LayerDraft(s));
        selected.set(-1);
        layers.setAll(drafts);
        Problem p = verdict.get().problem();
        if (p != null && p.layer() >= 0 && p.layer() < layers.size()) selected.set(p.layer());
    }

    public void usePreset(Preset preset) {
        setDraft(preset.spec(draftInput.get()));
    }

    /**
     * Adds a new layer of {@code kind} after the selected one or, with none selected, where such a
     * layer usually goes (convolution and pooling before the Flatten, dense layers before the
     * output), and selects it.
     */
    public void add(LayerKind kind) {
        int at = selected.get() >= 0 && selected.get() < layers.size() ? selected.get() + 1 : usualPlace(kind);
        layers.add(at, new LayerDraft(kind.create()));
        selected.set(at);
    }

    private int usualPlace(LayerKind kind) {
        int firstFlatten = indexOf(LayerKind.FLATTEN), firstDense = indexOf(LayerKind.DENSE);
        if (kind.onImages()) {
            return firstFlatten >= 0 ? firstFlatten : firstDense >= 0 ? firstDense : layers.size();
        }
        if (kind == LayerKind.FLATTEN) return firstDense >= 0 ? firstDense : layers.size();
        boolean endsInDense = !layers.isEmpty() && layers.get(layers.size() - 1).kind() == LayerKind.DENSE;
        return endsInDense ? layers.size() - 1 : layers.size();
    }

    private int indexOf(LayerKind kind) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).kind() == kind) return i;
        }
        return -1;
    }

    public void remove(int index) {
        layers.remove(index);
        if (selected.get() >= layers.size()) selected.set(layers.size() - 1);
    }

    /** Swaps layer {@code index} with the one before it ({@code up}) or after it. */
    public void move(int index, boolean up) {
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || index >= layers.size() || other >= layers.size()) return;
        LayerDraft d = layers.remove(index);
        layers.add(other, d);
        selected.set(other);
    }

    /** New settings for layer {@code index}. */
    public void set(int index, LayerSpec spec) {
        layers.get(index).specProperty().set(spec);
    }

    /** What {@link #apply()} does with the draft ({@link #connect} makes it training's architecture). */
    public void setOnApply(Consumer<ModelSpec> action) {
        onApply = action;
    }

    /** Trains the draft from now on (when it is valid and training is not running). */
    public void apply() {
        if (canApply.get()) onApply.accept(draft());
    }

    private void recheck() {
        ArchitectureCheck.Verdict v = ArchitectureCheck.check(draft(), classes.get());
        verdict.set(v);
        if (v.valid()) choices.offer(v.spec());
    }

    /** The draft as an architecture (possibly one that cannot be built). */
    public ModelSpec draft() {
        return new ModelSpec(draftInput.get(), layers.stream().map(LayerDraft::spec).toList());
    }

    /**
     * Whether the draft reads other images than training has (say 32×32×3 photos, where the datasets are
     * 28×28×1): its shapes and parameters are worked out as for any input, but it cannot be trained here.
     */
    public boolean otherInput() {
        return trainingSpec.get() != null && !trainingSpec.get().input().equals(draftInput.get());
    }

    // ---- for the views ----

    public ObservableList<LayerDraft> layers() { return layers; }
    /** The images the draft reads: height × width × channels (the shape's own order is channels first). */
    public ObjectProperty<Shape> inputProperty() { return draftInput; }
    public ReadOnlyObjectProperty<ArchitectureCheck.Verdict> verdictProperty() { return verdict.getReadOnlyProperty(); }
    public ArchitectureCheck.Verdict verdict() { return verdict.get(); }
    public IntegerProperty selectedProperty() { return selected; }
    public IntegerProperty classesProperty() { return classes; }
    public ObjectProperty<KerasCode.Settings> kerasSettingsProperty() { return kerasSettings; }
    /** The whole Keras program, ready to run. */
    public StringBinding kerasCode() { return kerasCode; }
    /** Its part from building the model to training it (see {@link KerasCode#core}). */
    public StringBinding kerasCore() { return kerasCore; }
    /** The whole PyTorch program (see {@link PyTorchCode}), or a comment saying why there is none yet. */
    public StringBinding pytorchCode() { return pytorchCode; }
    public BooleanBinding canApply() { return canApply; }
    public BooleanProperty trainingEditableProperty() { return trainingEditable; }
    /** The architecture training uses now (null when not connected). */
    public ObjectProperty<ModelSpec> trainingSpecProperty() { return trainingSpec; }
    public ModelChoices choices() { return choices; }
    public I18n i18n() { return i18n; }

    /** A problem worded in the UI's language: "Layer 3: …" or the model-wide reason. */
    public String describe(Problem p) {
        String reason = i18n.get(p.key(), p.args().toArray());
        return p.layer() < 0 ? reason : i18n.get("editor.problem.atLayer", p.layer() + 1, reason);
    }
}
