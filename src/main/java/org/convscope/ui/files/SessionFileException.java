package org.convscope.ui.files;

/** A file that cannot be opened as a model or session; the message is one line naming the file. */
public final class SessionFileException extends Exception {

    public SessionFileException(String message) {
        super(message);
    }
}
