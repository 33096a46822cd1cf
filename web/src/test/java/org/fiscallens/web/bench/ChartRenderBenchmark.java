package org.fiscallens.web.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import org.fiscallens.web.DashboardApp;
import org.fiscallens.web.chart.ChartFonts;
import org.fiscallens.web.chart.ChartRenderer;
import org.fiscallens.web.chart.ChartTheme;
import org.fiscallens.web.page.Templates;
import org.fiscallens.web.warehouse.SqlLibrary;
import org.fiscallens.web.warehouse.Warehouse;

/**
 * Benchmark (not a test): time to produce a chart PNG after warm-up, uncached — query + JFreeChart draw +
 * PNG encoding, measured in-process over loopback HTTP one request at a time.
 * Usage: {@code ChartRenderBenchmark WAREHOUSE [PATH] [WARMUP] [RUNS]}.
 */
public final class ChartRenderBenchmark {
    private ChartRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String path = args.length > 1 ? args[1] : "/charts/execution/ranking.png?years=2024";
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        System.setProperty("java.awt.headless", "true");
        try (Warehouse w = Warehouse.open(file, new SqlLibrary())) {
            DashboardApp app = new DashboardApp(w, new ChartRenderer(new ChartTheme(ChartFonts.requireCjk())),
                    new Templates(), false).start(0);
            try {
                HttpClient client = HttpClient.newHttpClient();
                HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
                for (int i = 0; i < warmup; i++) {
                    client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                }
                long[] ns = new long[runs];
                int bytes = 0;
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    ns[i] = System.nanoTime() - t;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(path + " → " + r.statusCode());
                    }
                    bytes = r.body().length;
                }
                Arrays.sort(ns);
                double mean = Arrays.stream(ns).average().orElse(0) / 1e6;
                System.out.printf("chart PNG %s uncached, after %d warm-up requests: mean %.2f ms, p50 %.2f ms, p99 %.2f ms"
                                + " over %d sequential requests (%d bytes)%n", path, warmup, mean, ns[runs / 2] / 1e6,
                        ns[(int) Math.min(runs - 1, Math.ceil(runs * 0.99) - 1)] / 1e6, runs, bytes);
            } finally {
                app.stop();
            }
        }
    }
}
