package org.convscope.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.convscope.training.SessionState;
import org.convscope.ui.common.Formats;
import org.convscope.ui.common.I18n;
import org.convscope.ui.training.TrainingViewModel;

/** The bottom line: state, epoch and step, speed, time left, and the reason of a failure. */
public final class StatusBar extends HBox {

    public StatusBar(TrainingViewModel vm, I18n i18n) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        Label state = new Label();
        state.setId("stateLabel");
        state.getStyleClass().add("state-label");
        state.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("state." + vm.stateProperty().get().name().toLowerCase(java.util.Locale.ROOT)),
                vm.stateProperty(), i18n.localeProperty()));
        vm.stateProperty().addListener((o, a, s) -> styleState(state, s));
        styleState(state, vm.stateProperty().get());

        Label epoch = new Label();
        epoch.setId("epochLabel");
        epoch.textProperty().bind(i18n.bindFormat("status.epoch",
                Bindings.createIntegerBinding(() -> Math.min(vm.epochProperty().get() + 1, Math.max(1, vm.totalEpochsProperty().get())),
                        vm.epochProperty(), vm.totalEpochsProperty()), vm.totalEpochsProperty()));
        Label step = new Label();
        step.setId("stepLabel");
        step.textProperty().bind(i18n.bindFormat("status.step",
                Bindings.createStringBinding(() -> Formats.count(vm.stepProperty().get()), vm.stepProperty()),
                Bindings.createStringBinding(() -> Formats.count(vm.totalStepsProperty().get()), vm.totalStepsProperty())));
        Label speed = new Label();
        speed.setId("speedLabel");
        speed.textProperty().bind(i18n.bindFormat("status.speed",
                Bindings.createStringBinding(() -> Formats.count(vm.imagesPerSecondProperty().get()), vm.imagesPerSecondProperty())));
        Label eta = new Label();
        eta.textProperty().bind(i18n.bindFormat("status.eta",
                Bindings.createStringBinding(() -> Formats.duration(vm.runEtaProperty().get()), vm.runEtaProperty())));
        Label message = new Label();
        message.setId("messageLabel");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(Bindings.createStringBinding(() -> vm.divergenceProperty().get() != null
                ? i18n.get("status.diverged", vm.divergenceProperty().get().step())
                : vm.messageProperty().get() == null ? "" : i18n.get("status.failed", vm.messageProperty().get()),
                vm.messageProperty(), vm.divergenceProperty(), i18n.localeProperty()));
        Region fill = new Region();
        HBox.setHgrow(fill, Priority.ALWAYS);
        getChildren().addAll(state, sep(), epoch, sep(), step, sep(), speed, sep(), eta, fill, message, languageSwitch(i18n));
    }

    // The language is one click away for a teacher switching mid-lesson, not only in the View menu.
    private static HBox languageSwitch(I18n i18n) {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("language-switch");
        for (java.util.Locale l : I18n.SUPPORTED) {
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(l.equals(I18n.KOREAN) ? "한국어" : "English");
            b.setId(l.equals(I18n.KOREAN) ? "switchKorean" : "switchEnglish");
            b.getStyleClass().add("small");
            b.setToggleGroup(group);
            b.setSelected(l.equals(i18n.locale()));
            b.setOnAction(e -> {
                i18n.localeProperty().set(l);
                b.setSelected(true);
            });
            i18n.localeProperty().addListener((o, a, now) -> b.setSelected(l.equals(now)));
            box.getChildren().add(b);
        }
        return box;
    }

    /** Adds a switch (e.g. presentation mode) just before the language switch. */
    public void addSwitch(javafx.scene.Node node) {
        getChildren().add(getChildren().size() - 1, node);
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }

    private static void styleState(Label l, SessionState s) {
        l.getStyleClass().removeIf(c -> c.startsWith("state-") && !c.equals("state-label"));
        l.getStyleClass().add("state-" + s.name().toLowerCase(java.util.Locale.ROOT));
    }
}
