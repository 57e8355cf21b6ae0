package org.convscope.training;

import java.util.ArrayList;
import java.util.List;

/**
 * A run's batch curve made small enough to keep for every run and to save in a session: consecutive
 * batches are merged into at most {@value #MAX_POINTS} points, each the mean of its group placed at the
 * group's last batch, so the curve ends where training ended and keeps its shape.
 */
public final class RunCurve {
    public static final int MAX_POINTS = 150;

    private RunCurve() {
    }

    /** {@code points} in order, merged into at most {@code max} points. */
    public static List<BatchPoint> thin(List<BatchPoint> points, int max) {
        if (max < 1) throw new IllegalArgumentException("max must be at least 1");
        int n = points.size();
        if (n <= max) return List.copyOf(points);
        List<BatchPoint> out = new ArrayList<>(max);
        for (int g = 0; g < max; g++) {
            int from = (int) ((long) n * g / max), to = (int) ((long) n * (g + 1) / max);
            double loss = 0, accuracy = 0;
            for (int i = from; i < to; i++) {
                loss += points.get(i).loss();
                accuracy += points.get(i).accuracy();
            }
            BatchPoint end = points.get(to - 1);
            out.add(new BatchPoint(end.step(), end.epochPosition(), loss / (to - from), accuracy / (to - from)));
        }
        return out;
    }

    public static List<BatchPoint> thin(List<BatchPoint> points) {
        return thin(points, MAX_POINTS);
    }
}
