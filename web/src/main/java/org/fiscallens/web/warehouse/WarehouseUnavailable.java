package org.fiscallens.web.warehouse;

/** The warehouse file cannot be opened or queried; the cause is kept. */
public final class WarehouseUnavailable extends RuntimeException {
    public WarehouseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
