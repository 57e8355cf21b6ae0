package org.convscope.ui.convstep;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.convscope.engine.model.Inspection;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.stepper.Playback;
import org.convscope.ui.stepper.PlaybackBar;
import org.convscope.ui.stepper.ProbeChooser;
import org.convscope.ui.stepper.StepperKeys;
import org.convscope.ui.stepper.StepperLook;

/**
 * The "Convolution step" tab: one window at a time through a conv layer of the live model, with
 * the arithmetic in real numbers, and a sandbox with a small input and kernel of one's own.
 *
 * <p>For the render CLI: {@code new ConvStepView(inspection, i18n, TaskRunner.immediate())} draws
 * from any {@link Inspection} (e.g. {@code new SimpleObjectProperty<>(Inspector.inspect(model,
 * image))}) without a training session; put it in a Scene, then {@link #model()}{@code
 * .playback().jump(n)} (and the layer/filter/channel properties) choose what the snapshot shows.
 * Everything is laid out on construction; no animation has to run first. {@link #sandbox()} holds
 * the sandbox's settings; its page is made and put in front by a click on the "Sandbox" toggle. {@link #colourSandbox()}
 * is the colour mode's: a photo's R, G and B planes through 8 filters of 3 × 5 × 5 (the course's 608).
 */
public final class ConvStepView extends VBox {
    private final ConvStepModel model;
    private final SandboxModel sandbox = new SandboxModel();
    private final ColourSandboxModel colour = new ColourSandboxModel();
    private final ConvLivePane live;
    private final ToggleButton liveButton = new ToggleButton(), sandboxButton = new ToggleButton(), colourButton = new ToggleButton();
    private final HBox probeSlot = new HBox();

    /**
     * @param inspection the probe's inspection (the live model), or a fixed one
     * @param tasks      where the filter thumbnails are drawn ({@link TaskRunner#immediate()} for snapshots)
     */
    public ConvStepView(ObservableValue<Inspection> inspection, I18n i18n, TaskRunner tasks) {
        getStyleClass().add("convstep-view");
        getStylesheets().addAll(StepperLook.STYLESHEET, ConvStepView.class.getResource("convstep.css").toExternalForm());
        setSpacing(8);
        setPadding(new Insets(10));
        model = new ConvStepModel(inspection);
        live = new ConvLivePane(model, i18n, tasks, probeSlot);
        VBox livePage = page(live, model.playback(), i18n);
        livePage.setId("convLive");
        StackPane pages = new StackPane(livePage);
        VBox.setVgrow(pages, Priority.ALWAYS);

        ToggleGroup modes = new ToggleGroup();
        liveButton.setToggleGroup(modes);
        sandboxButton.setToggleGroup(modes);
        colourButton.setToggleGroup(modes);
        liveButton.setId("liveMode");
        sandboxButton.setId("sandboxMode");
        colourButton.setId("colourMode");
        liveButton.textProperty().bind(i18n.bind("convstep.mode.live"));
        sandboxButton.textProperty().bind(i18n.bind("convstep.mode.sandbox"));
        colourButton.textProperty().bind(i18n.bind("convstep.mode.colour"));
        liveButton.getStyleClass().add("left-pill");
        sandboxButton.getStyleClass().add("center-pill");
        colourButton.getStyleClass().add("right-pill");
        liveButton.setFocusTraversable(false);
        sandboxButton.setFocusTraversable(false);
        colourButton.setFocusTraversable(false);
        liveButton.setSelected(true);
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) a.setSelected(true); // one of the two is always chosen
        });
        livePage.visibleProperty().bind(liveButton.selectedProperty());
        // the two sandboxes are made when first chosen: they were two thirds of this view's nodes, and most who open it
        // step through the live model only
        addWhenFirstChosen(sandboxButton, pages, "convSandbox", () -> page(new SandboxPane(sandbox, i18n), sandbox.playback(), i18n));
        addWhenFirstChosen(colourButton, pages, "convColour",
                () -> page(new ColourSandboxPane(colour, i18n, new Photos(tasks)), colour.playback(), i18n));
        HBox modeBar = new HBox(0, liveButton, sandboxButton, colourButton);
        modeBar.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(modeBar, pages);
        StepperKeys.install(this, () -> sandboxButton.isSelected() ? sandbox.playback()
                : colourButton.isSelected() ? colour.playback() : model.playback());
    }

    private static void addWhenFirstChosen(ToggleButton button, StackPane pages, String id, Supplier<VBox> make) {
        button.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean chosen) {
                if (!chosen) return;
                button.selectedProperty().removeListener(this);
                VBox page = make.get();
                page.setId(id);
                page.visibleProperty().bind(button.selectedProperty());
                pages.getChildren().add(page);
            }
        });
    }

    private static VBox page(VBox content, Playback playback, I18n i18n) {
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox page = new VBox(8, content);
        page.getChildren().add(new PlaybackBar(playback, i18n, page));
        return page;
    }

    /** Adds the test-image chooser for the live probe (the app does; a snapshot needs none). Returns this. */
    public ConvStepView withProbe(ProbeModel probe, I18n i18n) {
        probeSlot.getChildren().setAll(new ProbeChooser(probe, i18n));
        return this;
    }

    public ConvStepModel model() {
        return model;
    }

    public SandboxModel sandbox() {
        return sandbox;
    }

    /** The colour sandbox: a photo's three channels through 8 filters of 3 × 5 × 5. */
    public ColourSandboxModel colourSandbox() {
        return colour;
    }
}
