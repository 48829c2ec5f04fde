package org.resolint.profile;

/** A template or config file that cannot be used; the message is one line naming the file and line. */
public class ProfileException extends Exception {
    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
