package org.convscope.engine.layer;

import java.util.Arrays;

/**
 * One parameter tensor as the model file stores it: its name, its shape in file (PyTorch) order
 * ({@code [out][in][kh][kw]} for a conv kernel, {@code [out][in]} for a dense one), and its fans
 * for initialisation.
 */
public record ParamBlock(String name, int[] fileShape, int fanIn, int fanOut, boolean bias) {
    public int length() {
        int n = 1;
        for (int d : fileShape) n *= d;
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamBlock p && name.equals(p.name) && Arrays.equals(fileShape, p.fileShape)
                && fanIn == p.fanIn && fanOut == p.fanOut && bias == p.bias;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(fileShape);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(fileShape);
    }
}
