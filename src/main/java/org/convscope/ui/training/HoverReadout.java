package org.convscope.ui.training;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * The overlay that answers "what exactly is this value?": a vertical guide line at the hovered x
 * and a small box with the numbers beside it. It ignores the mouse itself, so the chart underneath
 * keeps receiving the moves.
 */
final class HoverReadout extends Pane {
    private static final double GAP = 10;

    private final Line guide = new Line();
    private final Label header = new Label();
    private final Map<MetricSeries, Label> rows = new EnumMap<>(MetricSeries.class);
    private final VBox box = new VBox();
    private Runnable afterChartLayout = () -> { };

    HoverReadout() {
        getStyleClass().add("metric-readout");
        setMouseTransparent(true);
        guide.getStyleClass().add("metric-readout-guide");
        header.getStyleClass().add("metric-readout-header");
        box.getStyleClass().add("metric-readout-box");
        box.getChildren().add(header);
        for (MetricSeries series : MetricSeries.values()) {
            Label row = new Label();
            row.getStyleClass().add("metric-readout-row");
            row.setGraphic(new SeriesSwatch(series));
            rows.put(series, row);
            box.getChildren().add(row);
        }
        getChildren().addAll(guide, box);
        hide();
    }

    /**
     * Runs at each layout of this overlay. The overlay is the chart's last sibling, so this runs
     * after the axes took their new range: the moment to re-place the guide for new data.
     */
    void setAfterChartLayout(Runnable action) {
        afterChartLayout = action;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        afterChartLayout.run();
    }

    void setHeader(String text) {
        header.setText(text);
    }

    /** Shows {@code text} in the series' row, or hides the row when {@code text} is null. */
    void setRow(MetricSeries series, String text) {
        Label row = rows.get(series);
        row.setText(text == null ? "" : text);
        row.setVisible(text != null);
        row.setManaged(text != null);
    }

    /**
     * Shows the guide at {@code guideX} across {@code plot} (both in this pane's coordinates) and
     * puts the box beside it, on the left when the right side has no room.
     */
    void showAt(double guideX, Bounds plot) {
        guide.setStartX(guideX);
        guide.setEndX(guideX);
        guide.setStartY(plot.getMinY());
        guide.setEndY(plot.getMaxY());
        box.applyCss();
        double width = box.prefWidth(-1);
        double height = box.prefHeight(width);
        double x = guideX + GAP;
        if (x + width > plot.getMaxX()) {
            x = Math.max(plot.getMinX(), guideX - GAP - width);
        }
        box.resizeRelocate(snapPositionX(x), snapPositionY(plot.getMinY() + GAP / 2), width, height);
        guide.setVisible(true);
        box.setVisible(true);
    }

    void hide() {
        guide.setVisible(false);
        box.setVisible(false);
    }

    boolean isShowing() {
        return box.isVisible();
    }

    /** All the texts of the box, one line each, as a reader would see them. */
    String text() {
        StringBuilder text = new StringBuilder(header.getText());
        for (Label row : rows.values()) {
            if (row.isVisible()) {
                text.append('\n').append(row.getText());
            }
        }
        return text.toString();
    }
}
