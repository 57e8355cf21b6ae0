package org.convscope.classmode;

/**
 * A request the server will not serve: the HTTP status and a one-line reason for the client (English; it
 * never repeats what the client sent, so nothing of theirs is echoed back).
 */
public final class Refusal extends Exception {
    private final int status;

    public Refusal(int status, String reason) {
        super(reason, null, false, false); // no stack trace: refusals are expected, and cheap
        this.status = status;
    }

    public int status() {
        return status;
    }
}
