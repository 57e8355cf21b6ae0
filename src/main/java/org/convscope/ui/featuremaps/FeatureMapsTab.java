package org.convscope.ui.featuremaps;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import org.convscope.data.DatasetKind;
import org.convscope.ui.common.I18n;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.inspect.ProbeModel;

/** The "Feature maps" tab: the probe picker on the left, every layer's maps for that image beside it. */
public final class FeatureMapsTab extends BorderPane {
    private final FeatureMapsView view;
    private final ProbePicker picker;

    public FeatureMapsTab(ProbeModel probe, ObservableValue<DatasetKind> dataset, I18n i18n, TaskRunner tasks) {
        getStyleClass().add("feature-maps-tab");
        getStylesheets().add(FeatureMapsTab.class.getResource("/org/convscope/ui/featuremaps/featuremaps.css").toExternalForm());
        FeatureMapsViewModel maps = new FeatureMapsViewModel(probe.inspectionProperty(), dataset, i18n, tasks, t -> true,
                FeatureMapsViewModel.LIVE_INTERVAL_MILLIS);
        maps.trueLabelProperty().bind(probe.trueLabelProperty());
        maps.inputShownProperty().set(false); // the picker shows it, large
        view = new FeatureMapsView(maps);
        picker = new ProbePicker(new ProbePickerModel(probe, dataset, tasks), maps);
        ScrollPane left = new ScrollPane(picker);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().addAll("edge-to-edge", "probe-scroll");
        setLeft(left);
        setCenter(view);
    }

    /** Gives the probe picker a "Why?" button that runs {@code onExplain} (the app: the probe in the Explain view). */
    public void setOnExplain(Runnable onExplain) {
        picker.setOnExplain(onExplain);
    }

    public FeatureMapsView view() {
        return view;
    }
}
