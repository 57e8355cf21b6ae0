package org.convscope.engine.kernel;

/**
 * Whether the Vector API ({@code jdk.incubator.vector}) is available. It is an incubator module
 * that the JVM only resolves with {@code --add-modules jdk.incubator.vector}; without the flag the
 * engine still runs, on its scalar kernels, and says so once.
 */
public final class Simd {
    private static final boolean AVAILABLE = detect();
    private static final int REGISTERS = registers();

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

    /**
     * Vector registers the tiles may hold sums in: 32 with AVX-512 (and on ARM), 16 with AVX2. A tile that needs
     * more than there are is spilled by C2 to the stack in its inner loop, and then runs at the mercy of where the
     * thread's stack lies: 6 × 4 vectors of sums on AVX2 ran at half speed at some call depths and not at others
     * (likely the spill slots aliasing the streamed data in the store-to-load checks), and the app's training thread,
     * whose stack is deeper than its worker's and changes as its callers are compiled again, took 25-60% longer per
     * chunk than the worker for minutes at a time. {@code -Dconvscope.registers=16|32} overrides it (benchmarks).
     */
    public static int vectorRegisters() {
        return REGISTERS;
    }

    private static int registers() {
        String forced = System.getProperty("convscope.registers");
        if ("16".equals(forced) || "32".equals(forced)) return Integer.parseInt(forced);
        String arch = System.getProperty("os.arch", "");
        boolean x86 = arch.equals("amd64") || arch.equals("x86_64") || arch.equals("x86");
        if (!x86) return 32;
        return AVAILABLE && VectorKernels.S.vectorBitSize() >= 512 ? 32 : 16;
    }

    /** A one-line description for benchmarks and logs. */
    public static String describe() {
        return AVAILABLE ? VectorKernels.describe() + ", " + REGISTERS + " registers" : "scalar (no Vector API)";
    }
}
