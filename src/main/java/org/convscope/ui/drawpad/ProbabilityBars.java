package org.convscope.ui.drawpad;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.convscope.data.DatasetKind;
import org.convscope.ui.common.FractionBar;
import org.convscope.ui.common.I18n;

/**
 * One bar per class: its name, the softmax probability as a bar and in per cent. The top guess and
 * the runner-up are marked by colour and by weight (so the ranking does not rest on colour alone).
 */
final class ProbabilityBars extends GridPane {
    private final I18n i18n;
    private final List<Label> names = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private final List<FractionBar> tracks = new ArrayList<>();
    private DrawPadViewModel.Result shown;

    ProbabilityBars(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("probability-bars");
        setId("probabilityBars");
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(80);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(60); // room for "100.0%": the bars keep their length as the values change
        value.setHalignment(javafx.geometry.HPos.RIGHT);
        getColumnConstraints().addAll(name, bar, value);
        i18n.localeProperty().addListener((o, a, b) -> show(shown));
    }

    void show(DrawPadViewModel.Result r) {
        shown = r;
        DatasetKind kind = r == null ? DatasetKind.MNIST : r.dataset();
        int classes = kind.classCount();
        if (names.size() != classes) build(classes);
        List<String> labels = kind.classNames(i18n.locale());
        int top1 = r == null ? -1 : r.ranked(0), top2 = r == null ? -1 : r.ranked(1);
        for (int c = 0; c < classes; c++) {
            double p = r == null || r.probabilities() == null ? 0 : r.probabilities()[c];
            names.get(c).setText(labels.get(c));
            values.get(c).setText(r == null || r.probabilities() == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * p));
            tracks.get(c).setFraction(p);
            for (Region n : List.of(names.get(c), values.get(c), tracks.get(c))) {
                n.getStyleClass().removeAll("top1", "top2");
                if (c == top1) n.getStyleClass().add("top1");
                else if (c == top2) n.getStyleClass().add("top2");
            }
        }
    }

    private void build(int classes) {
        getChildren().clear();
        names.clear();
        values.clear();
        tracks.clear();
        for (int c = 0; c < classes; c++) {
            Label name = new Label();
            name.getStyleClass().add("class-name");
            FractionBar track = new FractionBar();
            track.setId("bar" + c);
            Label value = new Label();
            value.getStyleClass().add("class-value");
            names.add(name);
            values.add(value);
            tracks.add(track);
            addRow(c, name, track, value);
        }
    }

    /** For tests: the probability bar {@code c} shows, as a fraction of its track. */
    double shownFraction(int c) {
        return tracks.get(c).fraction();
    }
}
