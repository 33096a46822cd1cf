package org.fiscallens.web.http;

import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * Jetty's thread pool, sized for the machine instead of Javalin's default of up to 250 threads. Every request
 * runs on one of these threads (and every thread that queries the warehouse holds its own DuckDB connection), so
 * threads beyond a few per core only time-slice the same cores: on the 2-core benchmark machine 250 threads
 * cost more CPU per request and gave lower throughput than 10. Default: 4 per core plus 2 for Jetty's acceptor
 * and selector; system property {@code fiscallens.http.threads} overrides it (at least {@value #MIN_THREADS}).
 */
public final class ServerThreads {
    /** Jetty's acceptor and selector take two threads; fewer than two workers starve requests. */
    static final int MIN_THREADS = 4;

    private ServerThreads() {
    }

    /** The maximum number of threads: {@code fiscallens.http.threads}, else 4 per core plus 2. */
    public static int size() {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(MIN_THREADS, Integer.getInteger("fiscallens.http.threads", 4 * cores + 2));
    }

    /** A new pool of at most {@link #size()} threads named {@code http-N}; idle threads end after a minute. */
    public static ThreadPool pool() {
        int max = size();
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(max, 4), 60_000);
        pool.setName("http");
        return pool;
    }
}
