package org.convscope.ui.stepper;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import org.convscope.ui.common.I18n;
import org.convscope.ui.inspect.ProbeModel;

/** "Test image [ 12 ]": which test image the probe runs through the network (counting from 1, as people do). */
public final class ProbeChooser extends HBox {

    public ProbeChooser(ProbeModel probe, I18n i18n) {
        getStyleClass().add("probe-chooser");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        Label title = new Label();
        title.textProperty().bind(i18n.bind("stepper.probe"));
        Spinner<Integer> index = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 10_000, probe.testIndexProperty().get() + 1));
        index.setId("probeIndex");
        index.setEditable(true);
        index.setPrefWidth(96);
        index.valueProperty().addListener((o, a, v) -> {
            probe.sourceProperty().set(ProbeModel.Source.TEST_SET);
            probe.testIndexProperty().set(v - 1);
        });
        probe.testIndexProperty().addListener((o, a, v) -> index.getValueFactory().setValue(v.intValue() + 1));
        getChildren().addAll(title, index);
    }
}
