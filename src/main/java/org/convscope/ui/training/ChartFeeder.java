package org.convscope.ui.training;

import java.util.List;
import org.convscope.training.BatchPoint;
import org.convscope.training.EpochMetrics;

/**
 * Feeds the loss and accuracy charts from the training history. It adds what each refresh of the window brings:
 * the window refreshes three times a second while a run trains ({@code MainWindow}), which is how often the charts
 * take points (a chart's layout costs the same for one new point as for forty, and on two cores that time comes
 * out of training), and at once after a step or a pause.
 */
final class ChartFeeder implements ChartSink {
    private final MetricChart loss;
    private final MetricChart accuracy;

    ChartFeeder(MetricChart loss, MetricChart accuracy) {
        this.loss = loss;
        this.accuracy = accuracy;
    }

    @Override
    public void batchPoints(List<BatchPoint> points) {
        int n = points.size();
        if (n == 0) return;
        double[] x = new double[n], l = new double[n], a = new double[n];
        long[] steps = new long[n];
        for (int i = 0; i < n; i++) {
            BatchPoint p = points.get(i);
            x[i] = p.epochPosition();
            l[i] = p.loss();
            a[i] = p.accuracy();
            steps[i] = p.step();
        }
        loss.addBatchPoints(x, l, steps, n);
        accuracy.addBatchPoints(x, a, steps, n);
    }

    @Override
    public void epoch(EpochMetrics m) {
        loss.addEpoch(m.epoch() + 1, m.trainLoss(), m.testLoss());
        accuracy.addEpoch(m.epoch() + 1, m.trainAccuracy(), m.testAccuracy());
    }

    @Override
    public void reset() {
        loss.clear();
        accuracy.clear();
    }
}
