package org.convscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.convscope.data.DatasetKind;
import org.convscope.engine.explain.ExplainOptions;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Inspection;
import javafx.collections.FXCollections;
import org.convscope.data.GrayImage;
import org.convscope.engine.io.SavedModel;
import org.convscope.ui.architecture.ArchitectureView;
import org.convscope.ui.drawpad.DrawPadView;
import org.convscope.ui.drawpad.DrawPadViewModel;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Snapshots;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.explain.ExplainPicture;
import org.convscope.ui.explain.ExplainView;
import org.convscope.ui.explain.ExplainViewModel;
import org.convscope.ui.featuremaps.FeatureMapsView;
import org.convscope.engine.learned.DreamTarget;
import org.convscope.ui.kernels.KernelMode;
import org.convscope.ui.kernels.KernelsView;
import org.convscope.ui.kernels.TopPatchesViewModel;
import org.convscope.ui.learned.DreamViewModel;
import org.convscope.ui.learned.EmbeddingViewModel;
import org.convscope.ui.learned.LearnedView;
import org.convscope.ui.learned.LearnedViewModel;
import org.convscope.ui.learned.Projection;
import org.convscope.ui.results.ResultsView;
import org.convscope.ui.results.ResultsViewModel;
import org.convscope.ui.training.ModelWeights;
import javafx.beans.property.SimpleObjectProperty;

/** The JavaFX side of {@code render}: starts the toolkit (headless where there is no display) and snapshots a view. */
final class RenderFx {
    private RenderFx() {
    }

    /** What to draw: the view's name and its inputs (weights in engine layout; the model and picture of the draw pad). */
    record Job(String view, ModelSpec spec, float[] params, Inspection inspection, DatasetKind dataset, Integer layer,
               SavedModel model, GrayImage drawing) {
    }

    /**
     * What {@code render explain} and {@code explain --out} draw: one image explained with fixed weights (engine
     * layout), as the whole Explain view or only its picture (the image, the map over it, the legend).
     */
    record ExplainJob(ModelSpec spec, float[] params, float[] image, DatasetKind dataset, Integer testIndex, Integer trueLabel,
                      ExplainOptions options, boolean pictureOnly) {
    }

    /**
     * What {@code render patches|dream|embedding} draw, from fixed weights (engine layout): the Kernels view with
     * its top patches ({@code layer}: the n-th convolution from 1), feature visualization ({@code layer}: the
     * filters of that architecture layer, else the classes; {@code selected}: the one shown large) or the
     * embedding map ({@code layer}: a flat architecture layer; {@code method}: pca or tsne; {@code drawing}: a star).
     */
    record LearnedJob(String view, ModelSpec spec, float[] params, DatasetKind dataset, Integer layer, String method,
                      Integer selected, float[] drawing) {
    }

    /**
     * As a window 720 pixels high shows it (the patches beside the kernels, 800): the lists scroll, the picture stays
     * whole. The seconds of work (a pass over the test set, images grown, a t-SNE) are done first, on this thread, so
     * the FX thread only draws and a busy machine does not run into the drawing's minute.
     */
    static void render(LearnedJob job, Locale locale, boolean dark, double width, double scale, Path out) throws IOException {
        ModelWeights w = new ModelWeights(job.spec(), job.params(), 1);
        Function<I18n, Region> view;
        if (job.view().equals("patches")) {
            TopPatchesViewModel patches = TopPatchesViewModel.showing(w, job.dataset());
            view = i18n -> {
                KernelsView k = new KernelsView(new SimpleObjectProperty<>(w), i18n, TaskRunner.immediate())
                        .withTopPatches(patches, i -> { }, i -> { });
                if (job.layer() != null) k.setLayer(job.layer() - 1);
                k.setMode(KernelMode.PER_FILTER); // one tile per filter, beside its patches
                return k;
            };
        } else {
            boolean dream = job.view().equals("dream");
            DreamViewModel d = dream
                    ? DreamViewModel.showing(w, job.dataset(), job.layer() == null ? DreamTarget.Kind.CLASS : DreamTarget.Kind.FILTER,
                            job.layer(), job.selected())
                    : new DreamViewModel(TaskRunner.immediate());
            EmbeddingViewModel e = dream ? new EmbeddingViewModel(TaskRunner.immediate())
                    : EmbeddingViewModel.showing(w, job.dataset(), job.layer(), Projection.parse(job.method()), job.drawing());
            view = i18n -> {
                LearnedView l = new LearnedView(new LearnedViewModel(d, e), i18n);
                l.showPart(dream ? LearnedViewModel.Part.DREAM : LearnedViewModel.Part.EMBEDDING);
                return l;
            };
        }
        render(view, locale, dark, width, job.view().equals("patches") ? 800 : 720, scale, out);
    }

    static void render(Job job, Locale locale, boolean dark, double width, double scale, Path out) throws IOException {
        render(i18n -> build(job, i18n, width), locale, dark, width, scale, out);
    }

    /** {@code width} is ignored for the picture alone, which is as wide as it draws. */
    static void render(ExplainJob job, Locale locale, boolean dark, double width, double scale, Path out) throws IOException {
        render(i18n -> {
            ExplainViewModel vm = ExplainViewModel.showing(job.spec(), job.params(), job.image(), job.dataset(), job.testIndex(),
                    job.trueLabel(), job.options());
            return job.pictureOnly() ? ExplainPicture.figure(vm, i18n) : new ExplainView(vm, i18n);
        }, locale, dark, job.pictureOnly() ? ExplainPicture.figureWidth() : width, scale, out);
    }

    private static void render(Function<I18n, Region> build, Locale locale, boolean dark, double width, double scale, Path out)
            throws IOException {
        render(build, locale, dark, width, -1, scale, out);
    }

    /** {@code height} −1: as high as the view wants. */
    private static void render(Function<I18n, Region> build, Locale locale, boolean dark, double width, double height, double scale,
                               Path out) throws IOException {
        startToolkit();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                Snapshots.applyTheme(dark);
                I18n i18n = new I18n(locale);
                Region view = build.apply(i18n);
                image.set(Snapshots.snapshot(view, width, height, scale));
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        try {
            if (!done.await(60, TimeUnit.SECONDS)) throw new IOException("rendering took longer than a minute");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        // no Platform.exit(): the CLI's process ends with the command, and a toolkit once exited
        // cannot start again in the same JVM (a second render in tests would hang)
        if (failure.get() != null) throw new IllegalStateException("could not draw the view: " + failure.get().getMessage(), failure.get());
        Snapshots.writePng(image.get(), out);
    }

    private static Region build(Job job, I18n i18n, double width) {
        return switch (job.view()) {
            case "architecture" -> (Region) ArchitectureView.renderScene(job.spec(), i18n, width).getRoot();
            case "kernels" -> {
                KernelsView view = new KernelsView(new SimpleObjectProperty<>(new ModelWeights(job.spec(), job.params(), 1)),
                        i18n, TaskRunner.immediate());
                if (job.layer() != null) view.setLayer(job.layer() - 1);
                yield view;
            }
            case "featuremaps" -> FeatureMapsView.forSnapshot(job.inspection(), job.dataset(), i18n,
                    job.layer() == null ? t -> true : t -> t.specIndex() == job.layer() - 1);
            case "results" -> {
                // evaluated here, on this thread: the snapshot waits for nothing
                ResultsViewModel vm = new ResultsViewModel(TaskRunner.immediate());
                vm.datasetProperty().set(job.dataset());
                vm.weightsProperty().set(new ModelWeights(job.spec(), job.params(), 1));
                vm.evaluate();
                if (vm.errorProperty().get() != null) throw new IllegalArgumentException(vm.errorProperty().get());
                yield new ResultsView(vm, i18n, index -> { });
            }
            // classified here, on this thread, so the picture shows the answer
            case "drawpad" -> new DrawPadView(DrawPadViewModel.showing(job.model(), job.drawing()), i18n,
                    FXCollections.observableArrayList());
            default -> throw new IllegalArgumentException("no view called " + job.view());
        };
    }

    // On Linux without a display, JavaFX runs on Monocle's headless platform with software rendering.
    private static void startToolkit() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return;
        }
        Platform.setImplicitExit(false);
        try {
            started.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
