package org.convscope.ui.classmode;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convscope.classmode.FineTune;
import org.convscope.ui.common.BuildSteps;
import org.convscope.ui.common.Formats;
import org.convscope.ui.common.I18n;

/**
 * The side of "Our drawings": the accuracy on the class's handwriting beside the MNIST test accuracy, the
 * class's confusion matrix, and "Train on our drawings" with its before and after on both, to keep or discard.
 */
final class ScorePanel extends VBox {
    private final ClassModeViewModel vm;
    private final I18n i18n;
    private final Label ours = value("classScoreOurs");
    private final Label mnist = value("classScoreMnist");
    private final Label none = new Label();
    private final ConfusionTable confusion = new ConfusionTable();
    private final VBox tunedBox = new VBox();

    ScorePanel(ClassModeViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("class-score");
        BuildSteps.splittable(this); // made ahead of need, its rows go in as parts (the confusion table is big)
        setId("classScore");
        Label title = new Label();
        title.textProperty().bind(i18n.bind("classmode.score.title"));
        title.getStyleClass().add("class-score-title");
        title.setWrapText(true);
        GridPane figures = new GridPane();
        figures.getStyleClass().add("class-figures");
        figures.addRow(0, label("classmode.score.ours"), ours);
        figures.addRow(1, label("classmode.score.mnist"), mnist);
        none.textProperty().bind(i18n.bind("classmode.score.none"));
        none.getStyleClass().add("class-muted");
        none.setWrapText(true);
        Label axes = label("classmode.confusion");
        axes.getStyleClass().add("class-muted");
        axes.setWrapText(true);

        Button train = new Button();
        train.setId("classTrain");
        train.textProperty().bind(Bindings.when(vm.busyProperty()).then(i18n.bind("classmode.train.busy")).otherwise(i18n.bind("classmode.train")));
        train.setOnAction(e -> vm.trainOnDrawings());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("class-spinner");
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(vm.busyProperty());
        Label note = new Label();
        note.textProperty().bind(i18n.bind("classmode.train.note", FineTune.STEPS));
        note.getStyleClass().add("class-muted");
        note.setWrapText(true);
        tunedBox.getStyleClass().add("class-tuned");
        tunedBox.setId("classTuned");

        getChildren().addAll(title, figures, none, confusion, axes, new HBox(8, train, spinner), note, tunedBox);
        Runnable refresh = () -> {
            ClassScore s = vm.scoreProperty().get();
            ours.setText(s.labelled() == 0 ? "\u2013" : i18n.get("classmode.score.of", Formats.percent(s.accuracy()), s.right(), s.labelled()));
            double t = vm.testAccuracyProperty().get();
            mnist.setText(Double.isNaN(t) ? i18n.get("classmode.score.unknown") : Formats.percent(t));
            none.setVisible(s.labelled() == 0);
            none.setManaged(s.labelled() == 0);
            confusion.show(s.confusion());
            train.setDisable(vm.busyProperty().get() || !vm.canTrain());
        };
        vm.scoreProperty().addListener((o, a, b) -> refresh.run());
        vm.testAccuracyProperty().addListener((o, a, b) -> refresh.run());
        vm.busyProperty().addListener((o, a, b) -> refresh.run());
        i18n.localeProperty().addListener((o, a, b) -> {
            refresh.run();
            showTuned(vm.tunedProperty().get());
        });
        vm.tunedProperty().addListener((o, a, r) -> showTuned(r));
        refresh.run();
        showTuned(vm.tunedProperty().get());
    }

    private void showTuned(FineTune.Result r) {
        tunedBox.getChildren().clear();
        if (r == null) return;
        Label head = new Label(i18n.get("classmode.train.result", FineTune.STEPS, r.examples()));
        head.getStyleClass().add("class-tuned-title");
        GridPane table = new GridPane();
        table.getStyleClass().add("class-figures");
        table.addRow(0, new Label(), label("classmode.train.before"), label("classmode.train.after"));
        table.addRow(1, label("classmode.score.ours"), figure(r.classBefore()), change(r.classBefore(), r.classAfter(), "classTunedOurs"));
        table.addRow(2, label("classmode.score.mnist"), figure(r.testBefore()), change(r.testBefore(), r.testAfter(), "classTunedMnist"));
        Button keep = new Button(i18n.get("classmode.train.keep"));
        keep.setId("classKeep");
        keep.getStyleClass().add("accent");
        keep.setOnAction(e -> vm.keepTuned());
        Button discard = new Button(i18n.get("classmode.train.discard"));
        discard.setId("classDiscard");
        discard.setOnAction(e -> vm.discardTuned());
        tunedBox.getChildren().addAll(head, table, new HBox(8, keep, discard));
    }

    private static Label figure(double v) {
        Label l = new Label(Formats.percent(v));
        l.getStyleClass().add("class-figure");
        return l;
    }

    // the after figure, green when it rose, red when it fell: the gain and the risk at a glance
    private static Label change(double before, double after, String id) {
        Label l = figure(after);
        l.setId(id);
        if (after > before) l.getStyleClass().add("class-up");
        else if (after < before) l.getStyleClass().add("class-down");
        return l;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("class-figure");
        return l;
    }
}
