package org.fiscallens.jobs.warehouse;

/** A warehouse build that did not publish; the message says which stage failed and why. */
public class BuildFailedException extends RuntimeException {
    public BuildFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public BuildFailedException(String message) {
        super(message);
    }
}
