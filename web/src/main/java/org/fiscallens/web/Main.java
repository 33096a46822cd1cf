package org.fiscallens.web;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.fiscallens.web.chart.ChartFonts;
import org.fiscallens.web.chart.ChartRenderer;
import org.fiscallens.web.chart.ChartTheme;
import org.fiscallens.web.page.Templates;
import org.fiscallens.web.warehouse.SqlLibrary;
import org.fiscallens.web.warehouse.Warehouse;
import org.fiscallens.web.warehouse.WarehouseUnavailable;
import org.fiscallens.web.warehouse.WarehouseWatcher;

/**
 * Serves the dashboard: {@code Main --warehouse FILE [--port N] [--no-cache] [--self-check]}. Port defaults to
 * env {@code PORT}, else 7070 (0 = any free port). Refuses to start (exit 2) when the chart font is missing or
 * the warehouse cannot be opened, saying why. {@code --self-check} starts, requests one URL of every kind
 * ({@link SelfCheck}), stops and exits 0 when all answered 200, else 1 — a smoke test, and the training run
 * that {@code .ci/web-server} records its class-data archive from.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        System.setProperty("java.awt.headless", "true");
        Path warehouseFile = Path.of("data/warehouse/disclosures.duckdb");
        String env = System.getenv("PORT");
        int port = env == null || env.isBlank() ? 7070 : Integer.parseInt(env.trim());
        boolean caching = true;
        boolean selfCheck = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warehouse" -> warehouseFile = Path.of(value(args, ++i, "--warehouse"));
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--no-cache" -> caching = false;
                case "--self-check" -> selfCheck = true;
                case "--help", "-h" -> {
                    System.out.println("usage: Main --warehouse FILE [--port N (default $PORT or 7070)] [--no-cache] [--self-check]");
                    return;
                }
                default -> fail("unknown argument: " + args[i]);
            }
        }
        // Opening the warehouse (DuckDB unpacks and loads its 60 MB native library) and checking the font
        // (fontconfig) are independent: on two cores they overlap.
        Path file = warehouseFile;
        CompletableFuture<Warehouse> opening = CompletableFuture.supplyAsync(() -> Warehouse.open(file, new SqlLibrary()));
        ChartRenderer renderer;
        Templates templates;
        try {
            renderer = new ChartRenderer(new ChartTheme(ChartFonts.requireCjk()));
            templates = new Templates();
        } catch (IllegalStateException e) {
            fail(e.getMessage());
            return;
        }
        long tFont = System.nanoTime();
        Warehouse warehouse;
        try {
            warehouse = opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WarehouseUnavailable u) {
                fail(u.getMessage());
                return;
            }
            throw e;
        }
        long tWarehouse = System.nanoTime();
        DashboardApp app = new DashboardApp(warehouse, renderer, templates, caching);
        long tApp = System.nanoTime();
        app.start(port);
        long tStart = System.nanoTime();
        if (selfCheck) {
            boolean ok = SelfCheck.run(app.port(), System.out);
            app.stop();
            warehouse.close();
            System.exit(ok ? 0 : 1);
        }
        WarehouseWatcher watcher = new WarehouseWatcher(warehouse, 1000);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watcher.close();
            app.stop();
            warehouse.close();
        }));
        System.out.printf("Fiscal Lens dashboard ready on http://localhost:%d (warehouse %s, %s) in %d ms (JVM up %d ms;"
                        + " font and templates %d ms, warehouse open +%d ms, routes %d ms, Jetty %d ms)%n",
                app.port(), warehouseFile.toAbsolutePath(), caching ? "cached" : "no cache",
                (System.nanoTime() - t0) / 1_000_000, ManagementFactory.getRuntimeMXBean().getUptime(),
                (tFont - t0) / 1_000_000, (tWarehouse - tFont) / 1_000_000, (tApp - tWarehouse) / 1_000_000,
                (tStart - tApp) / 1_000_000);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            fail(flag + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("fiscal-lens web: " + message);
        System.exit(2);
    }
}
