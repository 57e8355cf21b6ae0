package org.convscope.ui.results;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.training.EpochMetrics;
import org.convscope.training.Evaluation;
import org.convscope.training.SessionState;
import org.convscope.training.Trainer;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.TrainingViewModel;

/**
 * The test-set results of the current weights: the confusion matrix, and the images behind the cell
 * the user picked.
 *
 * <p>Evaluating runs all 10,000 test images through the model on one thread (about a second), off the
 * FX thread. It happens on request, and by itself only while the view is on screen: when it appears
 * with older results, when training pauses or ends with new weights, and once per epoch while training
 * runs (weights arrive ten times a second then; evaluating each copy would take a core from training).
 * At most one evaluation runs; newer requests wait, and only the newest is kept.
 */
public final class ResultsViewModel {
    /** How many images of one cell the view shows. */
    public static final int MAX_EXAMPLES = 60;

    private final TaskRunner tasks;
    private final ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(DatasetKind.FASHION_MNIST);
    private final ObjectProperty<SessionState> state = new SimpleObjectProperty<>(SessionState.READY);
    private final ObjectProperty<EpochMetrics> lastEpoch = new SimpleObjectProperty<>();
    private final LongProperty step = new SimpleLongProperty(0);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<TestResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObjectProperty<Cell> selected = new SimpleObjectProperty<>();
    private final ObservableList<Example> examples = FXCollections.observableArrayList();
    private final BooleanBinding stale;
    private boolean again; // asked while busy: evaluate the newest weights when done
    private boolean autoPicked; // the selection is the most frequent mistake, chosen here, not by the user

    private record Request(ModelWeights weights, DatasetKind dataset, long step) {
    }

    public ResultsViewModel(TaskRunner tasks) {
        this.tasks = tasks;
        stale = Bindings.createBooleanBinding(() -> {
            TestResult r = result.get();
            ModelWeights w = weights.get();
            return w != null && (r == null || r.weightsVersion() != w.version() || r.dataset() != dataset.get());
        }, result, weights, dataset);
        active.addListener((o, a, on) -> {
            if (on && stale.get()) evaluate();
        });
        weights.addListener((o, a, w) -> {
            if (active.get() && state.get() != SessionState.RUNNING) evaluate();
        });
        // a new dataset comes with new weights (training resets): the old result goes at once, and the
        // next weights are evaluated when they arrive, never the old model on the new test set
        dataset.addListener((o, a, d) -> {
            selected.set(null);
            autoPicked = false;
            result.set(null);
        });
        state.addListener((o, a, s) -> {
            if (active.get() && s != SessionState.RUNNING && stale.get()) evaluate();
        });
        lastEpoch.addListener((o, a, e) -> {
            if (active.get() && e != null) evaluate();
        });
        selected.addListener((o, a, c) -> refreshExamples());
        // a result opens on its most frequent mistake, the images worth a look, and follows it from
        // result to result until the user picks a cell
        result.addListener((o, a, r) -> {
            if (r != null && (selected.get() == null || autoPicked)) {
                int[] worst = r.worstConfusion();
                Cell pick = r.count(worst[0], worst[1]) > 0 ? new Cell(worst[0], worst[1]) : null;
                if (!java.util.Objects.equals(pick, selected.get())) {
                    selected.set(pick); // the selection listener lists the images
                    autoPicked = pick != null;
                    return;
                }
            }
            refreshExamples();
        });
    }

    /** The user's choice of cell: from now on it stays when new results arrive. */
    public void pick(Cell cell) {
        autoPicked = false;
        selected.set(cell);
    }

    /** Follows {@code training}: its weights, dataset, state, epochs and step. */
    public static ResultsViewModel of(TrainingViewModel training, TaskRunner tasks) {
        ResultsViewModel vm = new ResultsViewModel(tasks);
        vm.weights.bind(training.weightsProperty());
        vm.dataset.bind(training.datasetProperty());
        vm.state.bind(training.stateProperty());
        vm.lastEpoch.bind(training.lastEpochProperty());
        vm.step.bind(training.stepProperty());
        return vm;
    }

    /** Runs the test set through the current weights (now, or after the evaluation already running). */
    public void evaluate() {
        ModelWeights w = weights.get();
        if (w == null) return;
        Request r = new Request(w, dataset.get(), step.get());
        if (busy.get()) {
            again = true;
            return;
        }
        busy.set(true);
        tasks.run(() -> run(r), done -> {
            if (done.dataset() == dataset.get()) { // else the dataset changed while it ran
                result.set(done);
                error.set(null);
            }
            finish();
        }, e -> {
            error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            finish();
        });
    }

    private void finish() {
        busy.set(false);
        if (again) {
            again = false;
            if (stale.get()) evaluate();
        }
    }

    // on a task thread: nothing here touches a property
    private static TestResult run(Request r) {
        Sequential model = Sequential.build(r.weights().spec(), 0);
        if (r.weights().params().length != model.paramCount()) {
            throw new IllegalArgumentException(String.format("the weights hold %,d numbers, the architecture needs %,d",
                    r.weights().params().length, model.paramCount()));
        }
        model.copyParamsFrom(r.weights().params());
        Dataset test = Datasets.load(r.dataset(), Split.TEST);
        Evaluation ev;
        try (DataParallel one = new DataParallel(model, 1)) {
            ev = Trainer.evaluate(one, test, Integer.MAX_VALUE);
        }
        int[] labels = new int[test.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = test.label(i);
        return new TestResult(r.dataset(), ev, labels, r.weights().version(), r.step(), test);
    }

    private void refreshExamples() {
        Cell c = selected.get();
        TestResult r = result.get();
        if (c == null || r == null) {
            examples.clear();
            return;
        }
        Evaluation ev = r.evaluation();
        int[] found = ev.examplesIn(c.actual(), c.guessed(), r.labels(), MAX_EXAMPLES);
        Example[] list = new Example[found.length];
        for (int k = 0; k < found.length; k++) {
            int i = found[k];
            list[k] = new Example(i, c.actual(), c.guessed(), ev.confidence()[i]);
        }
        examples.setAll(list);
    }

    /** The weights to evaluate (bound to training's). */
    public ObjectProperty<ModelWeights> weightsProperty() { return weights; }
    /** The dataset whose test set is used (bound to training's). */
    public ObjectProperty<DatasetKind> datasetProperty() { return dataset; }
    /** Training's state: evaluations wait for epoch ends while it runs. */
    public ObjectProperty<SessionState> stateProperty() { return state; }
    /** Training's latest finished epoch: a moment to evaluate while training runs. */
    public ObjectProperty<EpochMetrics> lastEpochProperty() { return lastEpoch; }
    /** Training's step: names the weights a result comes from. */
    public LongProperty stepProperty() { return step; }
    /** Whether the view is on screen: only then does it evaluate by itself. */
    public BooleanProperty activeProperty() { return active; }
    public ReadOnlyObjectProperty<TestResult> resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** Whether the weights (or the dataset) changed since the result shown. */
    public BooleanBinding staleProperty() { return stale; }
    /** The picked cell of the matrix, or null. */
    public ObjectProperty<Cell> selectedProperty() { return selected; }
    /** The test images of the picked cell, at most {@link #MAX_EXAMPLES}, in test-set order. */
    public ObservableList<Example> examples() { return examples; }
}
