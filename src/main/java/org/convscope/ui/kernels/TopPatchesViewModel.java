package org.convscope.ui.kernels;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.data.Dataset;
import org.convscope.data.DatasetKind;
import org.convscope.data.Datasets;
import org.convscope.data.Split;
import org.convscope.engine.learned.ImageSource;
import org.convscope.engine.learned.TopPatches;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.common.TrainingPace;
import org.convscope.ui.training.ModelWeights;
import org.convscope.ui.training.TrainingViewModel;

/**
 * The top patches of every filter (what each filter looks for in the test set), for the weights training has
 * now: found off the FX thread over the whole test set, again after each epoch while training runs, and at once
 * for weights that come otherwise; nothing while the view is hidden. While training runs the search takes one
 * core, else all of them, and covers the first {@link #LIVE_IMAGES} test images, not all: over all 10,000 it
 * took a core for a second after every epoch of four or five, and the Kernels view trained at 61% of the CLI's
 * speed; the caption says how many images were searched, and the whole set comes back when training stops.
 */
public final class TopPatchesViewModel {
    /** Test images searched: all of them. */
    public static final int IMAGES = 10_000;
    /** Test images searched after an epoch while training runs. */
    public static final int LIVE_IMAGES = 2_000;

    private final TaskRunner tasks;
    private final ObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetKind> dataset = new SimpleObjectProperty<>(DatasetKind.MNIST);
    private final ReadOnlyObjectWrapper<Found> found = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final TrainingPace pace;
    private final int images;
    private final int liveImages;

    /** The patches, the test set they come from (to show a patch's whole image) and the weights' version. */
    public record Found(TopPatches patches, Dataset test, DatasetKind dataset, long version) {
    }

    private record Request(ModelWeights weights, DatasetKind dataset, boolean live, int images) {
    }

    public TopPatchesViewModel(TaskRunner tasks) {
        this(tasks, IMAGES, LIVE_IMAGES);
    }

    /** Searching only the first {@code images} test images, {@code liveImages} while training runs (tests). */
    public TopPatchesViewModel(TaskRunner tasks, int images, int liveImages) {
        this.tasks = tasks;
        this.images = images;
        this.liveImages = liveImages;
        this.pace = new TrainingPace(this::search, 0, System::nanoTime);
        pace.weightsProperty().bind(weights);
        dataset.addListener((o, a, d) -> found.set(null)); // new weights come with a new dataset
    }

    /** Follows {@code training}: its weights, dataset, state and epochs. */
    public static TopPatchesViewModel of(TrainingViewModel training, TaskRunner tasks) {
        return follow(new TopPatchesViewModel(tasks), training);
    }

    private static TopPatchesViewModel follow(TopPatchesViewModel vm, TrainingViewModel training) {
        vm.dataset.bind(training.datasetProperty());
        vm.weights.bind(training.weightsProperty());
        vm.pace.follow(training.stateProperty(), training.lastEpochProperty());
        return vm;
    }

    /** Fixed weights searched at once, for pictures without the app ({@code render patches}). */
    public static TopPatchesViewModel showing(ModelWeights w, DatasetKind dataset) {
        TopPatchesViewModel vm = new TopPatchesViewModel(TaskRunner.immediate());
        vm.dataset.set(dataset);
        vm.weights.set(w);
        if (vm.error.get() != null) throw new IllegalArgumentException(vm.error.get());
        return vm;
    }

    private void search() {
        boolean live = pace.liveProperty().get();
        Request r = new Request(weights.get(), dataset.get(), live, live ? Math.min(images, liveImages) : images);
        busy.set(true);
        tasks.run(() -> find(r), f -> {
            if (f.dataset() == dataset.get()) found.set(f);
            error.set(null);
            busy.set(false);
            pace.done();
        }, e -> {
            error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            busy.set(false);
            pace.done();
        });
    }

    // on a task thread: nothing here touches a property
    private static Found find(Request r) {
        Sequential model = Sequential.build(r.weights().spec(), 0);
        model.copyParamsFrom(r.weights().params());
        Dataset test = Datasets.load(r.dataset(), Split.TEST);
        ImageSource images = ImageSource.of(test.size(), test.inputShape(), test::writeNormalised);
        try (WorkerPool pool = new WorkerPool(r.live() ? 1 : WorkerPool.defaultSize())) {
            TopPatches p = TopPatches.find(model, images, Math.min(r.images(), test.size()), TopPatches.DEFAULT_PER_FILTER, pool);
            return new Found(p, test, r.dataset(), r.weights().version());
        }
    }

    /** Following training's weights, state and epochs (tests set these by hand). */
    TrainingPace pace() {
        return pace;
    }

    /** The weights to search with (bound to training's). */
    public ObjectProperty<ModelWeights> weightsProperty() { return weights; }
    public ObjectProperty<DatasetKind> datasetProperty() { return dataset; }
    /** False while the view is hidden. */
    public BooleanProperty activeProperty() { return pace.activeProperty(); }
    /** The latest patches, or null before the first search. */
    public ReadOnlyObjectProperty<Found> foundProperty() { return found.getReadOnlyProperty(); }
    /** True while the test set is searched. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
