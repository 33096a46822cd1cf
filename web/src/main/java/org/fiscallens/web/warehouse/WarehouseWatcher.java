package org.fiscallens.web.warehouse;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the warehouse path and swaps in a newly published file without a restart. Polls the file's
 * identity (inode, size, time) every {@code periodMillis}: an atomic rename by the build changes the inode.
 */
public final class WarehouseWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WarehouseWatcher.class);
    private final ScheduledExecutorService scheduler;

    public WarehouseWatcher(Warehouse warehouse, long periodMillis) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warehouse-watcher");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                warehouse.reloadIfChanged();
            } catch (RuntimeException e) {
                LOG.warn("warehouse watch failed: {}", e.getMessage(), e);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
