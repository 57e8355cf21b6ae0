package org.convscope.ui.stepper;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Icons;
import org.convscope.ui.common.TreeVisible;

/**
 * Play/pause, step back and forward, jump to start and end, a timeline to scrub and a speed slider,
 * for one {@link Playback}. While playing, a frame timer advances the position; each frame costs one
 * cell's arithmetic and a redraw, nothing more. Playing stops when the view is no longer shown.
 */
public final class PlaybackBar extends HBox {

    private final Slider timeline = new Slider(0, 1, 0);
    private final Slider speed = new Slider(Math.log(Playback.MIN_SPEED) / Math.log(2), Math.log(Playback.MAX_SPEED) / Math.log(2), 2);
    private boolean syncing;

    /** {@code owner}: the page this bar steers; playing stops when it is hidden. */
    public PlaybackBar(Playback playback, I18n i18n, Node owner) {
        getStyleClass().add("playback-bar");
        setAlignment(Pos.CENTER_LEFT);
        Button first = button(Icons.FIRST, i18n, "stepper.play.first", playback::toStart);
        Button back = button(Icons.STEP_BACK, i18n, "stepper.play.back", () -> playback.step(-1));
        Button play = button(Icons.PLAY, i18n, "stepper.play.play", playback::togglePlay);
        play.setId("playButton");
        play.getStyleClass().add("accent");
        playback.playingProperty().addListener((o, a, on) -> {
            play.setGraphic(Icons.of(on ? Icons.PAUSE : Icons.PLAY));
            play.getTooltip().textProperty().bind(i18n.bind(on ? "stepper.play.pause" : "stepper.play.play"));
        });
        Button forward = button(Icons.STEP_FORWARD, i18n, "stepper.play.forward", () -> playback.step(1));
        Button last = button(Icons.LAST, i18n, "stepper.play.last", playback::toEnd);
        first.setId("firstButton");
        back.setId("backButton");
        forward.setId("forwardButton");
        last.setId("lastButton");

        timeline.setId("timeline");
        timeline.getStyleClass().add("timeline");
        HBox.setHgrow(timeline, Priority.ALWAYS);
        timeline.setMaxWidth(Double.MAX_VALUE);
        timeline.disableProperty().bind(playback.countProperty().lessThan(2));
        playback.countProperty().addListener((o, a, n) -> syncTimeline(playback));
        playback.positionProperty().addListener((o, a, p) -> syncTimeline(playback));
        timeline.valueProperty().addListener((o, a, v) -> {
            if (syncing) return;
            int p = (int) Math.round(v.doubleValue());
            if (p != playback.positionProperty().get()) playback.jump(p);
        });
        syncTimeline(playback);

        Label stepText = new Label();
        stepText.getStyleClass().add("step-count");
        var position = i18n.bindFormat("stepper.play.position",
                Bindings.createIntegerBinding(() -> playback.positionProperty().get() + 1, playback.positionProperty()),
                playback.countProperty());
        var none = i18n.bind("stepper.play.none");
        stepText.textProperty().bind(Bindings.when(playback.countProperty().isEqualTo(0)).then(none).otherwise(position));
        stepText.setMinWidth(USE_PREF_SIZE);

        speed.setId("speedSlider");
        speed.setPrefWidth(110);
        speed.setMinWidth(70);
        playback.speedProperty().bind(Bindings.createDoubleBinding(() -> Math.pow(2, speed.getValue()), speed.valueProperty()));
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(i18n.bindFormat("stepper.play.speed",
                Bindings.createStringBinding(() -> String.format(java.util.Locale.ROOT, "%.1f", playback.speedProperty().get()),
                        playback.speedProperty())));
        speedLabel.setMinWidth(USE_PREF_SIZE);
        Tooltip speedTip = new Tooltip();
        speedTip.textProperty().bind(i18n.bind("stepper.play.speed.tooltip"));
        speed.setTooltip(speedTip);

        getChildren().addAll(first, back, play, forward, last, timeline, stepText, speedLabel, speed);

        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                playback.tick(now);
            }
        };
        TreeVisible.of(owner).addListener((o, was, visible) -> {
            if (!visible) playback.playingProperty().set(false); // its tab was switched away
        });
        playback.playingProperty().addListener((o, a, on) -> {
            if (on) frames.start();
            else frames.stop();
        });
    }

    private void syncTimeline(Playback playback) {
        syncing = true;
        timeline.setMax(Math.max(1, playback.countProperty().get() - 1));
        timeline.setValue(playback.positionProperty().get());
        syncing = false;
    }

    private static Button button(String icon, I18n i18n, String tooltipKey, Runnable action) {
        Button b = new Button();
        b.setGraphic(Icons.of(icon));
        b.getStyleClass().addAll("button-icon", "flat");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.bind(tooltipKey));
        b.setTooltip(tip);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false); // Space would otherwise press the focused button instead of play/pause
        return b;
    }
}
