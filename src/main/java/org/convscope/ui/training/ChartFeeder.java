package org.convscope.ui.training;

import java.util.ArrayList;
import java.util.List;
import org.convscope.training.BatchPoint;
import org.convscope.training.EpochMetrics;

/**
 * Feeds the loss and accuracy charts from the training history. Points are held back and added
 * five times a second: a chart's layout costs the same for one new point as for forty, and on two
 * cores that time comes out of training (and out of the frame budget).
 */
final class ChartFeeder implements ChartSink {
    // 200 ms less a margin: the window's refresh comes every 200 ms while a run trains, give or take the FX
    // thread's delay, and a refresh 199 ms after the last flush must flush, or the charts move every 400 ms
    private static final long FLUSH_NANOS = 180_000_000;
    private final MetricChart loss;
    private final MetricChart accuracy;
    private final List<BatchPoint> pending = new ArrayList<>();
    private final java.util.function.BooleanSupplier running;
    private long lastFlush;

    /** {@code running}: while false (paused, one step), every point is shown at once. */
    ChartFeeder(MetricChart loss, MetricChart accuracy, java.util.function.BooleanSupplier running) {
        this.loss = loss;
        this.accuracy = accuracy;
        this.running = running;
    }

    @Override
    public void batchPoints(List<BatchPoint> points) {
        pending.addAll(points);
        long now = System.nanoTime();
        if (!running.getAsBoolean() || now - lastFlush >= FLUSH_NANOS) flush(now);
    }

    private void flush(long now) {
        lastFlush = now;
        int n = pending.size();
        if (n == 0) return;
        double[] x = new double[n], l = new double[n], a = new double[n];
        long[] steps = new long[n];
        for (int i = 0; i < n; i++) {
            BatchPoint p = pending.get(i);
            x[i] = p.epochPosition();
            l[i] = p.loss();
            a[i] = p.accuracy();
            steps[i] = p.step();
        }
        pending.clear();
        loss.addBatchPoints(x, l, steps, n);
        accuracy.addBatchPoints(x, a, steps, n);
    }

    @Override
    public void epoch(EpochMetrics m) {
        flush(System.nanoTime()); // the batch curve reaches the epoch's end before its marker
        loss.addEpoch(m.epoch() + 1, m.trainLoss(), m.testLoss());
        accuracy.addEpoch(m.epoch() + 1, m.trainAccuracy(), m.testAccuracy());
    }

    @Override
    public void reset() {
        pending.clear();
        loss.clear();
        accuracy.clear();
    }

    /** Adds what is held back now (a paused training, a step: show it at once). */
    void flushNow() {
        flush(System.nanoTime());
    }
}
