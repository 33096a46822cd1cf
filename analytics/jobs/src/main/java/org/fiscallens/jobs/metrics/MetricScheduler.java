package org.fiscallens.jobs.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the metrics of {@link MetricCatalog}, up to {@code parallelism} at a time, each once every metric it reads
 * has finished; among the metrics ready to start, the one most others wait for goes first. Each metric runs on
 * a thread of its own, so a Spark session submits their jobs side by side.
 *
 * <p>When a metric fails no further metric is started; the ones running are waited for, and the first failure
 * is rethrown as the metric threw it ({@link SparkMetrics} names the metric and its SQL file); an error that is
 * not a {@link RuntimeException} (a {@link StackOverflowError} planning a query, say) is wrapped in an
 * {@link IllegalStateException} naming the metric, with the error as its cause.
 */
final class MetricScheduler {
    private final int parallelism;

    /** {@code parallelism}: metrics run at once, at least 1 (1: one after another). */
    MetricScheduler(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("metric parallelism must be at least 1, got " + parallelism);
        }
        this.parallelism = parallelism;
    }

    void run(Consumer<String> metric) {
        List<String> pending = new ArrayList<>(MetricCatalog.METRICS);
        pending.sort(Comparator.comparingInt(MetricCatalog::dependents).reversed()); // stable: catalog order on ties
        Set<String> done = new HashSet<>();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "metric-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        CompletionService<String> finished = new ExecutorCompletionService<>(pool);
        Map<Future<String>, String> names = new HashMap<>();
        RuntimeException failure = null;
        int running = 0;
        try {
            while (true) {
                if (failure == null) {
                    for (var it = pending.iterator(); it.hasNext() && running < parallelism; ) {
                        String m = it.next();
                        if (done.containsAll(MetricCatalog.reads(m))) {
                            it.remove();
                            names.put(finished.submit(() -> {
                                metric.accept(m);
                                return m;
                            }), m);
                            running++;
                        }
                    }
                }
                if (running == 0) {
                    break;
                }
                Future<String> next = finished.take();
                try {
                    done.add(next.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException("metric " + names.get(next) + " failed: " + e.getCause(), e.getCause());
                    }
                }
                running--;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while metrics were running", e);
        } finally {
            pool.shutdownNow();
        }
        if (failure != null) {
            throw failure;
        }
        if (!pending.isEmpty()) { // cannot happen for a catalog that loaded: every read is listed above its reader
            throw new IllegalStateException("metrics never ready to run: " + pending);
        }
    }
}
