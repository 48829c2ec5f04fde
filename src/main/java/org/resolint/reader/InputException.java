package org.resolint.reader;

import java.nio.file.Path;

/** The input cannot be read as a draft. The message is one line naming the file and the cause. */
public class InputException extends Exception {
    public InputException(Path file, String cause) {
        super(file + ": " + cause);
    }

    public InputException(Path file, String cause, Throwable reason) {
        super(file + ": " + cause, reason);
    }
}
