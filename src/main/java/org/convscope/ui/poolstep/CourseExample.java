package org.convscope.ui.poolstep;

/**
 * The course's pooling example: a 4×4 map pooled 2×2 with stride 2, whose first window is
 * (29, 15, 0, 100), giving 100 by max pooling and 36 by average pooling. The other three windows
 * are the figure's usual companions (max 184, 12, 45; average 80, 12, 15).
 */
public final class CourseExample {
    public static final int SIZE = 4;
    public static final int WINDOW = 2;

    private CourseExample() {
    }

    /** The map as [1,4,4]. */
    public static float[] map() {
        return new float[] {
            29, 15, 28, 184,
            0, 100, 70, 38,
            12, 12, 7, 2,
            12, 12, 45, 6};
    }

    public static PoolWindow window() {
        return new PoolWindow(1, SIZE, SIZE, WINDOW, WINDOW, WINDOW, WINDOW);
    }
}
