package org.convscope.data;

/**
 * A dataset file or folder that cannot be used. The message is one line that names the file and
 * what is wrong with it, so the CLI can print it as is and the UI can show it in a dialog.
 */
public class DatasetException extends RuntimeException {
    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
