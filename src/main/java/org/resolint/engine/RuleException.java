package org.resolint.engine;

/** The rule set cannot be used: a file does not compile or a rule lacks its metadata. One-line message. */
public class RuleException extends Exception {
    public RuleException(String message) {
        super(message);
    }

    public RuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
