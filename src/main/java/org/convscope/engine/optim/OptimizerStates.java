package org.convscope.engine.optim;

final class OptimizerStates {
    private OptimizerStates() {
    }

    /** Copies saved state arrays into the live ones, refusing any mismatch. */
    static void restore(float[][] saved, float[]... live) {
        if (saved.length != live.length) {
            throw new IllegalArgumentException("optimizer state has " + saved.length + " arrays, expected " + live.length);
        }
        for (int i = 0; i < live.length; i++) {
            if (saved[i].length != live[i].length) {
                throw new IllegalArgumentException("optimizer state array " + i + " has " + saved[i].length
                        + " values, expected " + live[i].length);
            }
            System.arraycopy(saved[i], 0, live[i], 0, live[i].length);
        }
    }
}
