package org.fiscallens.web.query;

import java.sql.Connection;
import java.sql.DriverManager;

/** Test helper process: holds a warehouse open read-write (as a running build does) until stdin closes. */
public final class WarehouseWriter {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            System.out.println("holding");
            System.out.flush();
            System.in.read();
        }
    }
}
