package org.convscope.ui.shell;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import org.convscope.ui.classmode.ClassModeView;
import org.convscope.ui.common.Settled;
import org.convscope.ui.common.TreeVisible;
import org.convscope.ui.compare.CompareView;
import org.convscope.ui.compare.CompareViewModel;
import org.convscope.ui.convstep.ConvStepView;
import org.convscope.ui.drawpad.DrawPadView;
import org.convscope.ui.drawpad.DrawPadViewModel;
import org.convscope.ui.editor.EditorView;
import org.convscope.ui.explain.ExplainView;
import org.convscope.ui.explain.ExplainViewModel;
import org.convscope.ui.featuremaps.FeatureMapsTab;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.kernels.KernelsView;
import org.convscope.ui.kernels.TopPatchesViewModel;
import org.convscope.ui.learned.LearnedView;
import org.convscope.ui.learned.LearnedViewModel;
import org.convscope.ui.moveit.MoveItView;
import org.convscope.ui.moveit.MoveItViewModel;
import org.convscope.ui.poolstep.PoolStepView;
import org.convscope.ui.results.ResultsView;
import org.convscope.ui.results.ResultsViewModel;
import org.convscope.ui.training.TrainingView;

/** The tabs of the main window, in order, one line per view; each group of the navigation (ViewGroups) together. */
public final class Views {
    private Views() {
    }

    /** A tab: its node id, the i18n key of its title, and how to build its content. */
    public record ViewTab(String id, String titleKey, Function<MainViewModel, Node> factory) {
    }

    public static List<ViewTab> all() {
        return List.of(
                new ViewTab("trainingTab", "tab.training", vm -> new TrainingView(vm.training(), vm.i18n())),
                new ViewTab("compareTab", "compare.tab", vm -> new CompareView(CompareViewModel.of(vm.training(), vm.i18n(), vm.tasks()))),
                new ViewTab("architectureTab", "architecture.tab", vm -> new org.convscope.ui.architecture.ArchitectureView(vm.training().specProperty(), vm.i18n())),
                new ViewTab("editorTab", "editor.tab", vm -> new EditorView(vm.editor())),
                new ViewTab("kernelsTab", "kernels.tab", Views::kernels),
                new ViewTab("featuremapsTab", "featuremaps.tab", Views::featureMaps),
                new ViewTab("learnedTab", "learned.tab", Views::learned),
                new ViewTab("convstepTab", "convstep.tab", vm -> new ConvStepView(vm.probe().inspectionProperty(), vm.i18n(), vm.tasks()).withProbe(vm.probe(), vm.i18n())),
                new ViewTab("poolstepTab", "poolstep.tab", vm -> new PoolStepView(vm.probe().inspectionProperty(), vm.i18n()).withProbe(vm.probe(), vm.i18n())),
                new ViewTab("drawpadTab", "drawpad.tab", Views::drawpad),
                new ViewTab("resultsTab", "results.tab", Views::results),
                new ViewTab("explainTab", "explain.tab", vm -> new ExplainView(ExplainViewModel.of(vm.probe(), vm.training(), vm.tasks()), vm.i18n())),
                new ViewTab("moveitTab", "moveit.tab", Views::moveIt),
                new ViewTab("classTab", "classmode.tab", vm -> new ClassModeView(vm.classMode(), vm.probe(), vm.selectedTabProperty(), vm.i18n())));
    }

    // works only while on screen, and while training runs after epochs and every 2 s: new weights come ten times a
    // second; its first analysis after a switch waits for the view's first frame, which restyles the view (see
    // Settled: two soaks had 117-176 ms here)
    private static Node moveIt(MainViewModel vm) {
        MoveItViewModel model = new MoveItViewModel(vm.probe(), vm.training().runs(), vm.i18n(), vm.tasks());
        model.follow(vm.training().stateProperty(), vm.training().lastEpochProperty());
        MoveItView view = new MoveItView(model);
        model.activeProperty().bind(Settled.of(TreeVisible.of(view)));
        return view;
    }

    // a top patch clicked beside its kernel opens its test image in the feature maps or the Explain view
    private static Node kernels(MainViewModel vm) {
        return new KernelsView(vm.training(), vm.i18n(), vm.tasks()).withTopPatches(TopPatchesViewModel.of(vm.training(), vm.slowTasks()),
                index -> featureMapsOf(vm, index), index -> explainTestImage(vm, index));
    }

    // as the kernels' patches: an image of the embedding map opens in the feature maps or the Explain view
    private static Node learned(MainViewModel vm) {
        return new LearnedView(LearnedViewModel.of(vm.training(), vm.probe(), vm.slowTasks()), vm.i18n())
                .withRoutes(index -> featureMapsOf(vm, index), index -> explainTestImage(vm, index));
    }

    private static void featureMapsOf(MainViewModel vm, int index) {
        probeTestImage(vm, index);
        vm.selectedTabProperty().set("featuremapsTab");
    }

    private static void explainTestImage(MainViewModel vm, int index) {
        probeTestImage(vm, index);
        explain(vm);
    }

    private static Node drawpad(MainViewModel vm) {
        DrawPadView view = new DrawPadView(DrawPadViewModel.of(vm.training(), vm.probe(), vm.tasks()), vm.i18n(), vm.training().samples());
        view.setOnExplain(() -> explain(vm));
        return view;
    }

    private static Node featureMaps(MainViewModel vm) {
        FeatureMapsTab tab = new FeatureMapsTab(vm.probe(), vm.training().datasetProperty(), vm.i18n(), vm.tasks());
        tab.setOnExplain(() -> explain(vm));
        return tab;
    }

    /** Shows the probe in the Explain view (the drawn digit, the probe picker and the test results lead there). */
    private static void explain(MainViewModel vm) {
        vm.selectedTabProperty().set("explainTab");
    }

    // clicking a test image opens it in the feature maps, as the probe; its "Why?" in the Explain view
    private static Node results(MainViewModel vm) {
        ResultsViewModel results = ResultsViewModel.of(vm.training(), vm.tasks());
        ResultsView view = new ResultsView(results, vm.i18n(), index -> {
            probeTestImage(vm, index);
            vm.selectedTabProperty().set("featuremapsTab");
        });
        view.setOnExplain(index -> {
            probeTestImage(vm, index);
            explain(vm);
        });
        // evaluating the test set waits until the view's first frame is drawn (see Settled)
        results.activeProperty().bind(Settled.of(TreeVisible.of(view)));
        return view;
    }

    private static void probeTestImage(MainViewModel vm, int index) {
        vm.probe().sourceProperty().set(ProbeModel.Source.TEST_SET);
        vm.probe().testIndexProperty().set(index);
    }
}
