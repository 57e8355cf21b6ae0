package org.convscope.engine.io.onnx;

/**
 * Something wrong with an ONNX file, found while decoding or importing it; turned into a
 * {@code ModelFileException} naming the file at the edge of this package. Unchecked, so the
 * checks read plainly.
 */
final class OnnxProblem extends RuntimeException {
    private final boolean damaged;

    private OnnxProblem(boolean damaged, String detail) {
        super(detail, null, false, false);
        this.damaged = damaged;
    }

    /** The bytes are not a well-formed ONNX protobuf: "x.onnx is damaged (detail)". */
    static OnnxProblem damaged(String detail) {
        return new OnnxProblem(true, detail);
    }

    /** A well-formed file ConvScope cannot use: "x.onnx: detail". */
    static OnnxProblem refused(String detail) {
        return new OnnxProblem(false, detail);
    }

    String messageFor(String file) {
        return damaged ? file + " is damaged (" + getMessage() + ")" : file + ": " + getMessage();
    }
}
