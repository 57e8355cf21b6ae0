package org.convscope.ui.training;

import java.util.List;
import org.convscope.training.BatchPoint;
import org.convscope.training.EpochMetrics;

/** Receives the training history as it grows, once per frame, on the FX thread. */
public interface ChartSink {
    void batchPoints(List<BatchPoint> points);

    void epoch(EpochMetrics metrics);

    /** The history started over (Reset, a new model or dataset). */
    void reset();
}
