package org.convscope.ui.moveit;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.Images;
import org.convscope.ui.common.PixelView;
import org.convscope.ui.inspect.ProbeModel;
import org.convscope.ui.stepper.ProbeChooser;

/**
 * The Move it tab: the image to move (a test image or the drawn digit), then one panel per network:
 * the grid of what it reads at every shift, and its layers' change for 1-, 2- and 3-pixel shifts,
 * each with its sentence from the course.
 */
public final class MoveItView extends VBox {
    private final MoveItViewModel vm;
    private final I18n i18n;
    private final HBox panels = new HBox(24);
    private final PixelView image = new PixelView();
    private final Label note = new Label();

    public MoveItView(MoveItViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        getStyleClass().add("moveit-view");
        getStylesheets().add(MoveItView.class.getResource("moveit.css").toExternalForm());
        setSpacing(8);
        setPadding(new Insets(10, 12, 10, 12));

        panels.setId("moveitPanels");
        note.setId("moveitNote");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.experimentAvailableProperty().get()
                ? "moveit.experiment.shown" : "moveit.experiment.hint"), vm.experimentAvailableProperty(), i18n.localeProperty()));
        VBox content = new VBox(10, panels, note);
        content.setPadding(new Insets(0, 4, 4, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(source(vm.probe()), scroll);

        vm.panels().addListener((ListChangeListener<ShiftPanel>) c -> rebuild());
        i18n.localeProperty().addListener((o, a, b) -> rebuild());
        vm.probe().inspectionProperty().addListener((o, a, b) -> showImage());
        rebuild();
        showImage();
    }

    // which image moves: a test image, or the digit drawn on the Draw tab
    private HBox source(ProbeModel probe) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("moveit.image"));
        title.getStyleClass().add("section-title");
        ToggleButton drawing = new ToggleButton();
        drawing.setId("moveitDrawing");
        drawing.textProperty().bind(i18n.bind("moveit.useDrawing"));
        drawing.disableProperty().bind(probe.drawingProperty().isNull());
        drawing.setSelected(probe.sourceProperty().get() == ProbeModel.Source.DRAWING);
        probe.sourceProperty().addListener((o, a, s) -> drawing.setSelected(s == ProbeModel.Source.DRAWING));
        drawing.setOnAction(e -> probe.sourceProperty().set(drawing.isSelected() ? ProbeModel.Source.DRAWING : ProbeModel.Source.TEST_SET));
        Label noDrawing = new Label();
        noDrawing.getStyleClass().add("hint");
        noDrawing.textProperty().bind(i18n.bind("moveit.noDrawing"));
        noDrawing.visibleProperty().bind(probe.drawingProperty().isNull());
        noDrawing.managedProperty().bind(noDrawing.visibleProperty());
        image.cellSizeProperty().set(2);
        image.setId("moveitImage");
        HBox row = new HBox(10, title, image, new ProbeChooser(probe, i18n), drawing, noDrawing);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showImage() {
        var seen = vm.probe().inspectionProperty().get();
        if (seen == null) return;
        Shape in = seen.spec().input();
        if (in.channels() == 1) image.setImage(Images.gray(seen.input(), in.width(), in.height()));
    }

    private void rebuild() {
        List<ShiftPanel> shown = vm.panels();
        panels.getChildren().clear();
        if (shown.isEmpty()) {
            Label waiting = new Label(i18n.get("moveit.waiting"));
            waiting.getStyleClass().add("hint");
            panels.getChildren().add(waiting);
            return;
        }
        for (ShiftPanel p : shown) panels.getChildren().add(new NetworkPanel(p, i18n));
    }
}
