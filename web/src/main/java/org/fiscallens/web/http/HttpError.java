package org.fiscallens.web.http;

/**
 * A request the dashboard refuses, with the HTTP status to answer and a message for people in both
 * languages. Handlers throw it; {@link ErrorPages} turns it into a friendly HTML page or a JSON error.
 */
public class HttpError extends RuntimeException {
    private final int status;
    private final String messageZh;
    private final String parameter;

    protected HttpError(int status, String messageEn, String messageZh, String parameter) {
        super(messageEn);
        this.status = status;
        this.messageZh = messageZh;
        this.parameter = parameter;
    }

    public int status() {
        return status;
    }

    public String messageEn() {
        return getMessage();
    }

    public String messageZh() {
        return messageZh;
    }

    /** The offending query/path parameter, or null. */
    public String parameter() {
        return parameter;
    }

    /** 404: an unknown department, year or document. */
    public static final class NotFound extends HttpError {
        public NotFound(String messageEn, String messageZh) {
            super(404, messageEn, messageZh, null);
        }
    }

    /** 400: a malformed parameter; the message names it. */
    public static final class BadParameter extends HttpError {
        public BadParameter(String parameter, String value, String expected) {
            super(400, "parameter '" + parameter + "' is malformed: '" + clip(value) + "' (expected " + expected + ")",
                    "参数 " + parameter + " 格式不正确：'" + clip(value) + "'（应为 " + expected + "）", parameter);
        }
    }

    private static String clip(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
