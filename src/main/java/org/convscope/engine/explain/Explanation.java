package org.convscope.engine.explain;

import java.util.Arrays;

/**
 * One attribution map and the prediction it explains. Immutable by convention (nobody writes the arrays).
 *
 * @param classIndex    the class explained
 * @param predicted     the class the network gives the image
 * @param layer         Grad-CAM: the architecture layer (from 0) whose maps were weighed; −1 for the other methods
 * @param map           [H·W] row-major at the input's resolution, as the method defines it (no normalisation)
 * @param logits        the scores before softmax, [K]
 * @param probabilities softmax of the logits, [K]
 */
public record Explanation(Method method, Target target, int classIndex, int predicted, int layer, int width, int height,
                          float[] map, float[] logits, float[] probabilities) {

    /** The map's value at (row, column). */
    public float at(int row, int column) {
        return map[row * width + column];
    }

    /** The largest |value| of the map (0 for an all-zero map). */
    public float maxAbs() {
        float m = 0;
        for (float v : map) m = Math.max(m, Math.abs(v));
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation e && method == e.method && target == e.target && classIndex == e.classIndex
                && predicted == e.predicted && layer == e.layer && width == e.width && height == e.height
                && Arrays.equals(map, e.map) && Arrays.equals(logits, e.logits) && Arrays.equals(probabilities, e.probabilities);
    }

    @Override
    public int hashCode() {
        return ((method.hashCode() * 31 + classIndex) * 31 + layer) * 31 + Arrays.hashCode(map);
    }

    @Override
    public String toString() {
        return "Explanation[" + method.id() + " of class " + classIndex + " (predicted " + predicted + "), " + width + "×" + height
                + (layer >= 0 ? ", layer " + layer : "") + "]";
    }
}
