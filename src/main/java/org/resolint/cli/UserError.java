package org.resolint.cli;

/** A failure the user can fix (bad input, bad rules, bad option); printed as one line, exit 2. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
