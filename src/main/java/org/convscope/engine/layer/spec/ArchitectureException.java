package org.convscope.engine.layer.spec;

/** An architecture that cannot be built; the message is one line a student can act on. */
public class ArchitectureException extends RuntimeException {
    private final int layerIndex;

    public ArchitectureException(String message) {
        this(-1, message);
    }

    public ArchitectureException(int layerIndex, String message) {
        super(message);
        this.layerIndex = layerIndex;
    }

    /** The offending layer's position in its model (0-based), or -1 when no layer is to blame. */
    public int layerIndex() {
        return layerIndex;
    }

    /** The same reason, pinned on layer {@code index}. */
    public ArchitectureException at(int index) {
        return new ArchitectureException(index, getMessage());
    }
}
