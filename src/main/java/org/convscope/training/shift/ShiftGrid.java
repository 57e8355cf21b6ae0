package org.convscope.training.shift;

/**
 * What the network reads in the image moved by every (dx, dy) from −radius to +radius: row
 * {@code dy + radius}, column {@code dx + radius} of a (2·radius+1)² grid, row by row.
 *
 * @param predicted  the class with the highest probability
 * @param confidence that probability
 */
public record ShiftGrid(int radius, int[] predicted, float[] confidence) {

    public int side() {
        return 2 * radius + 1;
    }

    public int predictedAt(int dx, int dy) {
        return predicted[index(dx, dy)];
    }

    public float confidenceAt(int dx, int dy) {
        return confidence[index(dx, dy)];
    }

    /** The shifts read as the unshifted image is. */
    public int sameAsCentre() {
        int n = 0;
        for (int p : predicted) if (p == predictedAt(0, 0)) n++;
        return n;
    }

    private int index(int dx, int dy) {
        if (Math.abs(dx) > radius || Math.abs(dy) > radius) throw new IllegalArgumentException("shift (" + dx + ", " + dy + ") is off the grid");
        return (dy + radius) * side() + dx + radius;
    }
}
