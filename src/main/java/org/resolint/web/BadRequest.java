package org.resolint.web;

/** Input the server refuses: answered with {@code status} and the one-line {@code message}. */
public final class BadRequest extends RuntimeException {
    private final int status;

    public BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    public BadRequest(String message) {
        this(400, message);
    }

    public int status() {
        return status;
    }
}
