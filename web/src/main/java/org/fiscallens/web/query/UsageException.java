package org.fiscallens.web.query;

/** The command line is wrong (unknown option, missing value, no SQL); the message says what to fix. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
