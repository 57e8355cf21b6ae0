package org.convscope.ui.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Random;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.convscope.ui.common.SnapshotFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders a loss chart (English) and an accuracy chart (Korean) side by side, at the size they get
 * in the 1280×720 window, under AtlantaFX Primer light and dark, checks that the Okabe–Ito tone
 * meant for each background is what gets drawn, and saves the pictures for a human look:
 * {@code metric-chart-light.png} and {@code metric-chart-dark.png} in the directory named by the
 * system property {@code convscope.snapshots} (default {@code target/snapshots}).
 */
@ExtendWith(ApplicationExtension.class)
class MetricChartSnapshotTest {
    private static final int PER_EPOCH = 1875;
    private static final int EPOCHS = 20;

    private Scene scene;
    private MetricChart loss;
    private MetricChart accuracy;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());   // as the app does
        loss = new MetricChart();
        accuracy = new MetricChart();
        accuracy.setFixedRange(0, 1);
        accuracy.titleProperty().set("정확도");
        accuracy.xLabelProperty().set("에포크");
        accuracy.yLabelProperty().set("정확도");
        accuracy.stepLabelProperty().set("스텝");
        accuracy.batchSeriesNameProperty().set("배치");
        accuracy.smoothedSeriesNameProperty().set("평활");
        accuracy.epochTrainSeriesNameProperty().set("학습");
        accuracy.epochTestSeriesNameProperty().set("테스트");
        for (MetricChart chart : new MetricChart[] {loss, accuracy}) {
            chart.setPrefSize(560, 300);
        }
        HBox row = new HBox(16, loss, accuracy);
        row.getStyleClass().add("snapshot-row");
        StackPane root = new StackPane(row);
        scene = new Scene(root, 1152, 316);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void backToModena() {
        Application.setUserAgentStylesheet(null);
    }

    private void fillWithATypicalRun(FxRobot robot) {
        Random random = new Random(5);
        int count = EPOCHS * PER_EPOCH;
        double[] x = new double[count];
        double[] lossValues = new double[count];
        double[] accuracyValues = new double[count];
        long[] steps = new long[count];
        for (int i = 0; i < count; i++) {
            x[i] = (i + 1) / (double) PER_EPOCH;
            double trend = Math.exp(-2.5 * x[i]);
            lossValues[i] = Math.max(0.001, 0.04 + 2.2 * trend + 0.12 * (0.3 + trend) * random.nextGaussian());
            accuracyValues[i] = Math.min(1, Math.max(0, 0.985 - 0.88 * trend + 0.03 * random.nextGaussian()));
            steps[i] = i + 1;
        }
        lossValues[5 * PER_EPOCH + 321] = 1.9;     // one bad batch: the spike must survive decimation
        robot.interact(() -> {
            for (int start = 0; start < count; start += 40) {
                int n = Math.min(40, count - start);
                loss.addBatchPoints(slice(x, start, n), slice(lossValues, start, n), slice(steps, start, n), n);
                accuracy.addBatchPoints(slice(x, start, n), slice(accuracyValues, start, n), slice(steps, start, n), n);
            }
            for (int epoch = 1; epoch <= EPOCHS; epoch++) {
                double trend = Math.exp(-2.5 * epoch);
                loss.addEpoch(epoch, 0.04 + 2.2 * trend + 0.01, 0.05 + 2.2 * trend + 0.02 * epoch / EPOCHS);
                accuracy.addEpoch(epoch, 0.985 - 0.88 * trend, epoch == 3 ? Double.NaN : 0.975 - 0.88 * trend);
            }
        });
    }

    private static double[] slice(double[] values, int start, int count) {
        double[] part = new double[count];
        System.arraycopy(values, start, part, 0, count);
        return part;
    }

    private static long[] slice(long[] values, int start, int count) {
        long[] part = new long[count];
        System.arraycopy(values, start, part, 0, count);
        return part;
    }

    private void hoverLossChartAtEpoch(FxRobot robot, double epochPosition) {
        Point2D[] target = new Point2D[1];
        robot.interact(() -> {
            LineChart<?, ?> plot = (LineChart<?, ?>) loss.lookup(".metric-chart-plot");
            NumberAxis xAxis = (NumberAxis) plot.getXAxis();
            Node background = loss.lookup(".chart-plot-background");
            Bounds screen = background.localToScreen(background.getLayoutBounds());
            target[0] = new Point2D(xAxis.localToScreen(xAxis.getDisplayPosition(epochPosition), 0).getX(),
                    screen.getMinY() + 0.6 * screen.getHeight());
        });
        robot.moveTo(target[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Image snapshot(FxRobot robot, String userAgentStylesheet, String name) {
        robot.interact(() -> Application.setUserAgentStylesheet(userAgentStylesheet));
        WaitForAsyncUtils.waitForFxEvents();
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        SnapshotFiles.save(image[0], name);
        return image[0];
    }

    /** How many pixels are within a small distance of {@code colour}. */
    private static int pixelsNear(Image image, Color colour) {
        PixelReader pixels = image.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.05 && Math.abs(c.getGreen() - colour.getGreen()) < 0.05
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.05) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void lightAndDarkThemesDrawTheToneMeantForTheirBackground(FxRobot robot) {
        fillWithATypicalRun(robot);
        hoverLossChartAtEpoch(robot, 6.0);

        Image light = snapshot(robot, new PrimerLight().getUserAgentStylesheet(), "metric-chart-light.png");
        Image dark = snapshot(robot, new PrimerDark().getUserAgentStylesheet(), "metric-chart-dark.png");

        Color blue = Color.web("#0072B2");
        Color skyBlue = Color.web("#56B4E9");
        Color vermillion = Color.web("#D55E00");
        Color orange = Color.web("#E69F00");
        assertTrue(pixelsNear(light, blue) > 300, "training blue on light: " + pixelsNear(light, blue));
        assertTrue(pixelsNear(light, vermillion) > 100, "test vermillion on light: " + pixelsNear(light, vermillion));
        assertTrue(pixelsNear(light, skyBlue) < 20, "no dark-theme tone on light: " + pixelsNear(light, skyBlue));
        assertTrue(pixelsNear(dark, skyBlue) > 300, "training sky blue on dark: " + pixelsNear(dark, skyBlue));
        assertTrue(pixelsNear(dark, orange) > 100, "test orange on dark: " + pixelsNear(dark, orange));
        assertTrue(pixelsNear(dark, blue) < 20, "no light-theme tone on dark: " + pixelsNear(dark, blue));
    }
}
