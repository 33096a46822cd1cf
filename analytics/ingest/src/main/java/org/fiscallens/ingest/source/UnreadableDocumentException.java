package org.fiscallens.ingest.source;

/**
 * The bytes of a file are not a readable disclosure text: binary data, an unknown or wrong encoding,
 * or no text at all. The message names the file and says what was found, so a reader can check it; {@link
 * #messageZh()} says the same in Chinese.
 */
public final class UnreadableDocumentException extends Exception {
    private final String path;
    private final String messageZh;

    public UnreadableDocumentException(String path, String message, String messageZh) {
        super(path + ": " + message);
        this.path = path;
        this.messageZh = path + "：" + messageZh;
    }

    public UnreadableDocumentException(String path, String message, String messageZh, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
        this.messageZh = path + "：" + messageZh;
    }

    /** The explanation in Chinese, naming the file like {@link #getMessage()}. */
    public String messageZh() {
        return messageZh;
    }

    /** The file as given to the decoder. */
    public String path() {
        return path;
    }
}
