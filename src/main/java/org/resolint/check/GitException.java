package org.resolint.check;

/** A git problem, one line: not a repository, an unknown revision, no git. */
public class GitException extends Exception {
    public GitException(String message) {
        super(message);
    }
}
