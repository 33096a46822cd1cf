package org.fiscallens.jobs;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One real build of the seed documents per test JVM (Spark local mode → Parquet → DuckDB file), shared by
 * every test class that declares {@code @ExtendWith(SeedWarehouse.class)}: Spark costs ~14 s to start here,
 * so the suite starts it once. Resolves {@link Built} parameters.
 */
public final class SeedWarehouse implements ParameterResolver {
    /** The published seed warehouse and the session that built it. */
    public record Built(Path file, BuildReport report, SparkSession spark) {
        /** A read-only connection to the published file. */
        public Connection open() throws SQLException {
            Properties ro = new Properties();
            ro.setProperty("duckdb.read_only", "true");
            return DriverManager.getConnection("jdbc:duckdb:" + file, ro);
        }
    }

    private static Built built;

    static synchronized Built get() throws Exception {
        if (built == null) {
            Path dir = Path.of(System.getProperty("fiscallens.test.dir", "target/test-warehouse"));
            Files.createDirectories(dir);
            Path file = dir.resolve("seed.duckdb");
            SparkSession spark = SparkSessions.create("local[2]");
            BuildReport report = new WarehouseBuild(spark).run(BuildOptions.defaults()
                    .withInput(System.getProperty("fiscallens.disclosures", "data/disclosures")).withWarehouse(file));
            built = new Built(file, report, spark);
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return built;
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == Built.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        try {
            return get();
        } catch (Exception ex) {
            throw new IllegalStateException("seed warehouse build failed: " + ex.getMessage(), ex);
        }
    }
}
