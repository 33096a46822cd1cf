package org.fiscallens.web;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Requests one URL of every kind a user meets — pages, JSON, CSV, PNG and SVG charts, a 404
 * — from a running dashboard and reports each status. None names a department or year, so the check works on
 * any warehouse.
 */
final class SelfCheck {
    private SelfCheck() {
    }

    /** True when every URL answered as expected (200, or 404 for the unknown department). */
    static boolean run(int port, PrintStream out) {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        boolean ok = true;
        for (String path : List.of("/", "/api/overview/coverage", "/departments", "/api/departments", "/execution",
                "/api/execution", "/api/execution?format=csv", "/three-public", "/api/three-public/series", "/quality",
                "/glossary", "/compare", "/items", "/api/items", "/charts/execution/ranking.png", "/charts/execution/ranking.svg",
                "/departments/no-such-department")) {
            int expected = path.contains("no-such") ? 404 : 200;
            int status;
            try {
                status = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            out.printf("self-check %-36s %d%s%n", path, status, status == expected ? "" : " (expected " + expected + ")");
            ok &= status == expected;
        }
        return ok;
    }
}
