package org.convscope.engine.kernel;

/**
 * Whether the Vector API ({@code jdk.incubator.vector}) is available. It is an incubator module
 * that the JVM only resolves with {@code --add-modules jdk.incubator.vector}; without the flag the
 * engine still runs, on its scalar kernels, and says so once.
 */
public final class Simd {
    private static final boolean AVAILABLE = detect();

    private Simd() {
    }

    public static boolean available() {
        return AVAILABLE;
    }

    private static boolean detect() {
        if (Boolean.getBoolean("convscope.scalar")) return false;
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (!present) {
            System.err.println("ConvScope: jdk.incubator.vector is not enabled; using scalar kernels "
                    + "(start java with --add-modules jdk.incubator.vector for full speed)");
        }
        return present;
    }

    /** A one-line description for benchmarks and logs. */
    public static String describe() {
        return AVAILABLE ? VectorKernels.describe() : "scalar (no Vector API)";
    }
}
