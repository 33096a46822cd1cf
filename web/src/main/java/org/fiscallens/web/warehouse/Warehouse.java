package org.fiscallens.web.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DuckDB warehouse file, opened read-only ({@code duckdb.read_only=true}); one connection per thread,
 * each duplicated from one database instance. {@link #reloadIfChanged()} notices a newly published file
 * (atomic rename by the build), closes every connection to the old file, then opens the new one.
 * Thread-safe.
 */
public final class Warehouse implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Warehouse.class);
    private static final int QUERY_THREADS = Integer.getInteger("fiscallens.duckdb.threads", 1);

    private final Path file;
    private final SqlLibrary sql;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Lease> leases = new ThreadLocal<>();
    private final List<Consumer<String>> versionListeners = new CopyOnWriteArrayList<>();
    private volatile Generation current;
    /** The last file found at the path and not taken ({@link #reloadIfChanged}), or null. */
    private volatile FileIdentity refused;

    private Warehouse(Path file, SqlLibrary sql) {
        this.file = file.toAbsolutePath();
        this.sql = sql;
    }

    /**
     * Opens the warehouse read-only.
     *
     * @throws WarehouseUnavailable naming the file if it is missing or not a DuckDB warehouse
     */
    public static Warehouse open(Path file, SqlLibrary sql) {
        if (!Files.isRegularFile(file)) {
            throw new WarehouseUnavailable("warehouse file not found: " + file.toAbsolutePath()
                    + " (build it first: bash .ci/build-warehouse --input <documents> --warehouse <file>; README ›"
                    + " Warehouse build)", null);
        }
        Warehouse w = new Warehouse(file, sql);
        w.current = w.checked(Generation.open(w.file));
        return w;
    }

    public Path file() {
        return file;
    }

    /** Short token that changes whenever a different warehouse is published; used in ETags and cache keys. */
    public String version() {
        Generation g = current;
        return g == null ? "unavailable" : g.version;
    }

    /** Called with the new version after a reload. */
    public void onVersionChange(Consumer<String> listener) {
        versionListeners.add(listener);
    }

    /**
     * Runs the named SQL resource with bound parameters.
     *
     * @throws WarehouseUnavailable if the warehouse cannot be queried (cause kept)
     */
    public List<Row> query(String name, Object... params) {
        String statement = sql.get(name);
        lock.readLock().lock();
        try {
            Lease lease = lease();
            PreparedStatement ps = lease.statements.get(statement);
            if (ps == null) {
                ps = lease.connection.prepareStatement(statement);
                lease.statements.put(statement, ps);
            }
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs);
            }
        } catch (SQLException e) {
            throw new WarehouseUnavailable("query " + name + " failed on " + file + ": " + e.getMessage(), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Checks whether another file now sits at the warehouse path; if so closes every connection to the old
     * one and opens the new one. A file that cannot be opened (not written completely yet) or was built by an older
     * version leaves no warehouse open (queries fail as unavailable) and is tried again only once another file takes
     * its place.
     *
     * @return true if a new warehouse was opened
     */
    public boolean reloadIfChanged() {
        FileIdentity now = FileIdentity.of(file);
        Generation g = current;
        if (now == null || (g != null && now.equals(g.identity)) || now.equals(refused)) {
            return false;
        }
        String version;
        lock.writeLock().lock();
        try {
            if (current != null) {
                current.close();
                current = null;
            }
            current = checked(Generation.open(file));
            version = current.version;
        } catch (RuntimeException e) {
            refused = now;
            LOG.warn("new warehouse at {} not opened: {}", file, e.getMessage());
            return false;
        } finally {
            lock.writeLock().unlock();
        }
        LOG.info("warehouse reloaded: {} version {}", file, version);
        versionListeners.forEach(l -> l.accept(version));
        return true;
    }

    /**
     * {@code g} if its file has every column of the contract the dashboard reads; else closed, and a
     * {@link WarehouseUnavailable} naming the file, the columns missing and how to rebuild it.
     */
    private Generation checked(Generation g) {
        List<String> missing = new ArrayList<>();
        try (Statement s = g.root.createStatement(); ResultSet rs = s.executeQuery(sql.get("contract/missing_columns"))) {
            while (rs.next()) {
                missing.add(rs.getString(1));
            }
        } catch (SQLException e) {
            g.close();
            throw new WarehouseUnavailable("cannot read the tables of warehouse " + file + ": " + e.getMessage(), e);
        }
        if (!missing.isEmpty()) {
            g.close();
            throw new WarehouseUnavailable("warehouse " + file + " was built by an older version of Fiscal Lens (it has no "
                    + String.join(", ", missing) + "): build it again from its documents (bash .ci/build-warehouse"
                    + " --input <documents> --warehouse " + file + "; README › Warehouse build)", null);
        }
        return g;
    }

    /** Number of connections currently open to the warehouse file (one per thread that queried). */
    public int openConnections() {
        Generation g = current;
        return g == null ? 0 : g.connections.size();
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (current != null) {
                current.close();
                current = null;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private Lease lease() throws SQLException {
        Generation g = current;
        if (g == null) {
            throw new SQLException("no warehouse open at " + file);
        }
        Lease lease = leases.get();
        if (lease == null || lease.generation != g) {
            Connection c = g.root.duplicate();
            g.connections.add(c);
            lease = new Lease(g, c, new HashMap<>());
            leases.set(lease);
        }
        return lease;
    }

    private static List<Row> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = md.getColumnLabel(i + 1);
        }
        List<Row> out = new ArrayList<>();
        while (rs.next()) {
            Row row = new Row();
            for (int i = 0; i < n; i++) {
                Object v = rs.getObject(i + 1);
                if (v instanceof Timestamp t) {
                    v = t.toLocalDateTime().toString();
                } else if (v instanceof java.time.temporal.Temporal t) {
                    v = t.toString();
                }
                row.put(labels[i], v);
            }
            out.add(row);
        }
        return out;
    }

    private record Lease(Generation generation, Connection connection, Map<String, PreparedStatement> statements) {
    }

    /** One opened warehouse file and every connection to it. */
    private static final class Generation {
        final DuckDBConnection root;
        final FileIdentity identity;
        final String version;
        final Set<Connection> connections = ConcurrentHashMap.newKeySet();

        private Generation(DuckDBConnection root, FileIdentity identity, String version) {
            this.root = root;
            this.identity = identity;
            this.version = version;
        }

        static Generation open(Path file) {
            FileIdentity identity = FileIdentity.of(file);
            Properties props = new Properties();
            props.setProperty("duckdb.read_only", "true");
            try {
                DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, props);
                try (Statement s = root.createStatement()) {
                    // many small concurrent queries: one thread each beats intra-query parallelism
                    s.execute("SET threads = " + QUERY_THREADS);
                }
                return new Generation(root, identity, versionOf(root, identity));
            } catch (SQLException e) {
                throw new WarehouseUnavailable("cannot open warehouse " + file + " read-only: " + e.getMessage(), e);
            }
        }

        private static String versionOf(Connection c, FileIdentity identity) {
            String content = "";
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select content_hash, cast(built_at as varchar) from build_info limit 1")) {
                if (rs.next()) {
                    content = rs.getString(1) + "@" + rs.getString(2);
                }
            } catch (SQLException e) {
                content = "no-build-info";
            }
            return Integer.toHexString(content.hashCode()) + "-" + (identity == null ? "0" : identity.token());
        }

        void close() {
            for (Connection c : connections) {
                try {
                    c.close();
                } catch (SQLException e) {
                    LOG.warn("closing a warehouse connection failed: {}", e.getMessage());
                }
            }
            connections.clear();
            try {
                root.close();
            } catch (SQLException e) {
                LOG.warn("closing the warehouse failed: {}", e.getMessage());
            }
        }
    }
}
