package org.convscope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.training.BatchPoint;
import org.convscope.training.EpochMetrics;
import org.convscope.training.Run;
import org.convscope.training.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A run's test values are a dot an epoch, but a long run's are one dashed line: an hour of training is no thousand nodes. */
@ExtendWith(ApplicationExtension.class)
class RunsChartTest {
    private static final ModelSpec SPEC = ModelSpec.parse("c4k3-f-d10");
    private RunsChart chart;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        chart = new RunsChart(RunsChart.Metric.ACCURACY);
        StackPane root = new StackPane(chart);
        root.getStyleClass().add("compare-view");
        root.getStylesheets().add(CompareView.class.getResource("compare.css").toExternalForm());
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    static Run run(String name, int epochs) {
        List<EpochMetrics> e = new ArrayList<>();
        List<BatchPoint> curve = new ArrayList<>();
        for (int i = 0; i < epochs; i++) {
            e.add(new EpochMetrics(i, 0.5, 0.9, 0.4, 0.91 + i * 1e-3, 3.0, 100));
            curve.add(new BatchPoint(i + 1, i + 1, 0.5, 0.9));
        }
        return new Run(name, null, null, "mnist", SPEC, new RunSettings(OptimizerConfig.adam(), 32, 1, 64),
                SPEC.totalParams(), 1, 1, e, curve, null);
    }

    @Test
    void aShortRunHasADotAnEpochALongOneADashedLine(FxRobot robot) {
        robot.interact(() -> chart.show(List.of(new RunRow(run("short", 5), 0), new RunRow(run("long", RunsChart.MOST_DOTS + 1), 1))));
        assertEquals(5, chart.lookupAll(".run-dot").size(), "the long run brings no dots");
        chart.lookupAll(".run-dot").forEach(dot -> assertTrue(dot.getStyleClass().contains("run-colour-0"), "in the run's colour: " + dot.getStyleClass()));
        var line = chart.lookup(".run-test-line");
        assertTrue(line.getStyleClass().contains("run-colour-1"), "in the long run's colour: " + line.getStyleClass());
        assertEquals(1, chart.lookupAll(".run-dots").size(), "the short run's hidden line");
        org.convscope.ui.stepper.Probes.save(chart, "runs-chart-dots-and-dashes");
    }
}
