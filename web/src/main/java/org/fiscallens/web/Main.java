package org.fiscallens.web;

import java.nio.file.Path;
import org.fiscallens.web.chart.ChartFonts;
import org.fiscallens.web.chart.ChartRenderer;
import org.fiscallens.web.chart.ChartTheme;
import org.fiscallens.web.page.Templates;
import org.fiscallens.web.warehouse.SqlLibrary;
import org.fiscallens.web.warehouse.Warehouse;
import org.fiscallens.web.warehouse.WarehouseUnavailable;
import org.fiscallens.web.warehouse.WarehouseWatcher;

/**
 * Serves the dashboard: {@code Main --warehouse FILE [--port N] [--no-cache]}. Port defaults to env
 * {@code PORT}, else 7070. Refuses to start (exit 2) when the chart font is missing or the warehouse
 * cannot be opened, saying why.
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
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warehouse" -> warehouseFile = Path.of(value(args, ++i, "--warehouse"));
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--no-cache" -> caching = false;
                case "--help", "-h" -> {
                    System.out.println("usage: Main --warehouse FILE [--port N (default $PORT or 7070)] [--no-cache]");
                    return;
                }
                default -> fail("unknown argument: " + args[i]);
            }
        }
        ChartTheme theme;
        try {
            theme = new ChartTheme(ChartFonts.requireCjk());
        } catch (IllegalStateException e) {
            fail(e.getMessage());
            return;
        }
        Warehouse warehouse;
        try {
            warehouse = Warehouse.open(warehouseFile, new SqlLibrary());
        } catch (WarehouseUnavailable e) {
            fail(e.getMessage());
            return;
        }
        DashboardApp app = new DashboardApp(warehouse, new ChartRenderer(theme), new Templates(), caching).start(port);
        WarehouseWatcher watcher = new WarehouseWatcher(warehouse, 1000);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watcher.close();
            app.stop();
            warehouse.close();
        }));
        System.out.printf("Fiscal Lens dashboard ready on http://localhost:%d (warehouse %s, %s) in %d ms%n",
                app.port(), warehouseFile.toAbsolutePath(), caching ? "cached" : "no cache",
                (System.nanoTime() - t0) / 1_000_000);
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
