package org.fiscallens.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fiscallens.web.chart.ChartFonts;
import org.fiscallens.web.chart.ChartRenderer;
import org.fiscallens.web.chart.ChartTheme;
import org.fiscallens.web.page.Templates;
import org.fiscallens.web.warehouse.SqlLibrary;
import org.fiscallens.web.warehouse.Warehouse;

/** The real dashboard on a free loopback port over a warehouse file, with a plain HTTP client. */
public final class TestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Warehouse warehouse;
    private final DashboardApp app;
    private final HttpClient client = HttpClient.newHttpClient();

    public TestServer(Path warehouseFile) {
        warehouse = Warehouse.open(warehouseFile, new SqlLibrary());
        app = new DashboardApp(warehouse, new ChartRenderer(new ChartTheme(ChartFonts.requireCjk())), new Templates(), true)
                .start(0);
    }

    public static TestServer seed() {
        return new TestServer(SeedWarehouse.path());
    }

    public String base() {
        return "http://localhost:" + app.port();
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** The HTML page at {@code path}; fails the test unless it answers 200 with HTML. */
    public String page(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200 || !r.headers().firstValue("content-type").orElse("").startsWith("text/html")) {
            throw new AssertionError("GET " + path + ": " + r.statusCode() + " "
                    + r.headers().firstValue("content-type").orElse("") + "\n" + r.body());
        }
        return r.body();
    }

    /** The URI of a path that may hold raw Chinese (department ids are names); illegal characters get quoted. */
    public URI uri(String path) {
        try {
            int q = path.indexOf('?');
            String p = q < 0 ? path : path.substring(0, q);
            String query = q < 0 ? null : path.substring(q + 1);
            return new URI("http", null, "localhost", app.port(), p, null, null).resolve(
                    new URI(null, null, p, query, null).toASCIIString().replace("+", "%2B"));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    public HttpResponse<byte[]> bytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        }
    }

    /** GET, assert 200, parse JSON. */
    public JsonNode json(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " → " + r.statusCode() + ": " + r.body());
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " is not JSON: " + r.body(), e);
        }
    }

    /** The rows of an API table. */
    public List<JsonNode> rows(String path) {
        List<JsonNode> out = new ArrayList<>();
        json(path).get("rows").forEach(out::add);
        return out;
    }

    /** The department id whose name contains {@code namePart} (ids are the warehouse's, not ours). */
    public String departmentId(String namePart) {
        for (JsonNode d : rows("/api/departments")) {
            if (d.get("department_name").asText().contains(namePart)) {
                return d.get("department_id").asText();
            }
        }
        throw new AssertionError("no department named like " + namePart + " in " + get("/api/departments").body());
    }

    @Override
    public void close() {
        app.stop();
        warehouse.close();
    }
}
