package org.fiscallens.ingest.source;

/**
 * The bytes of a file are not a readable disclosure text: binary data, an unknown or wrong encoding,
 * or no text at all. The message names the file and says what was found, so a reader can check it.
 */
public final class UnreadableDocumentException extends Exception {
    private final String path;

    public UnreadableDocumentException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public UnreadableDocumentException(String path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    /** The file as given to the decoder. */
    public String path() {
        return path;
    }
}
