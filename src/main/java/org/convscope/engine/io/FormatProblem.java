package org.convscope.engine.io;

/**
 * Something wrong inside a model file, found while checking it; {@link ModelFile} turns it into a
 * {@link ModelFileException} naming the file. Unchecked so the checks read plainly; it never
 * leaves this package.
 */
final class FormatProblem extends RuntimeException {

    enum Kind {
        /** "x.cnn.zip: detail" */
        INVALID,
        /** "x.cnn.zip is not a ConvScope model: detail" */
        NOT_A_MODEL,
        /** "x.cnn.zip is damaged (detail)" */
        DAMAGED,
        /** "x.cnn.zip detail" (the detail is a whole sentence about the version) */
        VERSION
    }

    private final Kind kind;

    FormatProblem(Kind kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
    }

    static FormatProblem invalid(String detail) {
        return new FormatProblem(Kind.INVALID, detail);
    }

    static FormatProblem notAModel(String detail) {
        return new FormatProblem(Kind.NOT_A_MODEL, detail);
    }

    static FormatProblem damaged(String detail) {
        return new FormatProblem(Kind.DAMAGED, detail);
    }

    /** The whole message for file {@code name}. */
    String messageFor(String name) {
        return switch (kind) {
            case INVALID -> name + ": " + getMessage();
            case NOT_A_MODEL -> name + " is not a ConvScope model: " + getMessage();
            case DAMAGED -> name + " is damaged (" + getMessage() + ")";
            case VERSION -> name + " " + getMessage();
        };
    }
}
