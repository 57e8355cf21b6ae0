package org.convscope.engine.layer.spec;

import java.util.List;

/**
 * An architecture that cannot be built; the message is one line a student can act on. The
 * {@link Reason} and its arguments say the same for a UI that words it in another language.
 */
public class ArchitectureException extends RuntimeException {

    /** Why a layer does not fit its input; {@link #args()} holds the numbers the message quotes. */
    public enum Reason {
        /** The model has no layers. No arguments. */
        NO_LAYERS,
        /** Conv2D or pooling after the image was flattened: (layer type, vector length). */
        NEEDS_IMAGE,
        /** Dense on an image: (the image's shape as H×W×C). */
        NEEDS_FLATTEN,
        /** Conv2D kernel larger than its input: (kernel height, kernel width, input height, input width). */
        KERNEL_TOO_LARGE,
        /** Pooling window larger than its input: (layer type, window height, window width, input height, input width). */
        WINDOW_TOO_LARGE,
        /** Softmax on an image: no arguments. */
        SOFTMAX_NEEDS_VECTOR,
        /** The last layer does not output one score per class: (classes, the output's shape). */
        WRONG_OUTPUT,
        /** Anything else: a setting out of range, a notation error. The message says it. */
        OTHER
    }

    private final int layerIndex;
    private final Reason reason;
    private final List<Object> args;

    public ArchitectureException(String message) {
        this(-1, message);
    }

    public ArchitectureException(int layerIndex, String message) {
        this(layerIndex, Reason.OTHER, List.of(), message);
    }

    /** A reason a UI can word itself; {@code message} is the English wording. */
    public ArchitectureException(Reason reason, List<Object> args, String message) {
        this(-1, reason, args, message);
    }

    private ArchitectureException(int layerIndex, Reason reason, List<Object> args, String message) {
        super(message);
        this.layerIndex = layerIndex;
        this.reason = reason;
        this.args = List.copyOf(args);
    }

    /** The offending layer's position in its model (0-based), or -1 when no layer is to blame. */
    public int layerIndex() {
        return layerIndex;
    }

    public Reason reason() {
        return reason;
    }

    /** The values the reason quotes, in the order its documentation lists them. */
    public List<Object> args() {
        return args;
    }

    /** The same reason, pinned on layer {@code index}. */
    public ArchitectureException at(int index) {
        return new ArchitectureException(index, reason, args, getMessage());
    }
}
